import { useEffect, type ReactNode } from 'react';
import { deliveredOf } from '../../../shared/domain';
import type { PublicPledgeResponse } from '../../../shared/http';
import { routes } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { utcIsoDate } from '../../dates';
import { formatDate, formatList } from '../../format';
import { t, useLocale } from '../../i18n';
import { pageTitle } from '../../navigate';
import { startPublicPledge, usePublicPledge } from '../../store/registry';
import '../../styles/record.css';
import '../../styles/record-registry.css';
import '../../styles/record-pledge.css';
import '../../styles/record-follow-up.css';
import { DeliverableList, LightBadge, ProgressBadge, SdgTargetList, ThemeTags, timeframeText } from './Badges';
import { CopyLinkButton } from './CopyLinkButton';
import { ProgressHistory } from './ProgressHistory';
import { RecordBar, RecordLoadFailed, RecordLoading, RecordNotFound } from './RecordBar';

/** `/p/:pledgeId`: one public pledge in full, with its progress; the address to share. */
export default function PledgePage({ pledgeId }: { pledgeId: string }) {
  useEffect(() => startPublicPledge(pledgeId), [pledgeId]);
  const status = usePublicPledge((s) => s.status);
  const error = usePublicPledge((s) => s.error);
  const data = usePublicPledge((s) => s.data);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = data
      ? pageTitle(t('record.pledge.docTitle', { name: data.pledge.name }), data.event?.name, t('app.name'))
      : pageTitle(t('record.pledge.section'), t('app.name'));
  }, [data, locale]);

  return (
    <div className="record">
      <RecordBar section={t('record.pledge.section')} />
      <main className="record__main">
        {status === 'loading' && <RecordLoading label={t('record.pledge.loading')} />}
        {status === 'error' &&
          (error === 'pledge_not_found' ? (
            <RecordNotFound title={t('record.pledge.notFoundTitle')} body={t('record.pledge.notFoundBody')} testId="pledge-not-found" />
          ) : (
            <RecordLoadFailed error={error} testId="pledge-error" onRetry={() => startPublicPledge(pledgeId)} />
          ))}
        {status === 'ready' && data && <PublicPledgeDetail data={data} />}
      </main>
    </div>
  );
}

function PublicPledgeDetail({ data }: { data: PublicPledgeResponse }) {
  const { pledge: p, event } = data;
  const themes = event?.themes;
  const url = `${location.origin}${routes.publicPledge(p.id)}`;
  const capacity =
    p.capacity === 'organization' && p.organization ? t('record.pledge.onBehalfOf', { organization: p.organization }) : t('record.pledge.personal');

  return (
    <article className="pledge-page" data-testid="public-pledge">
      {event && (
        <nav className="pledge-page__crumbs" aria-label={t('record.pledge.breadcrumb')}>
          <AppLink href={routes.registry(event.id)} className="pledge-page__back" data-testid="back-to-registry">
            <span className="arrow" aria-hidden="true">←</span>{' '}
            {t('record.pledge.backTo', { event: event.name })}
          </AppLink>
        </nav>
      )}

      <section className="pledge-page__card">
        <div className="pledge-page__top">
          <p className="record__eyebrow">
            {p.session.code ? `${p.session.code} · ` : ''}
            {p.session.title}
          </p>
          <div className="pledge-page__badges">
            <ProgressBadge status={p.status} />
            <LightBadge light={p.light} />
          </div>
        </div>
        <h1 className="visually-hidden">{t('record.pledge.docTitle', { name: p.name })}</h1>
        <blockquote className="pledge-page__text" data-testid="pledge-text" dir="auto">
          {p.text}
        </blockquote>
        <div className="pledge-page__author">
          <span className="pledge-page__avatar" aria-hidden="true">
            {initials(p.name)}
          </span>
          <div>
            <p className="pledge-page__name">{p.name}</p>
            <p className="pledge-page__capacity">
              {p.capacity === 'individual' && p.organization ? t('record.pledge.personalAt', { organization: p.organization }) : capacity}
            </p>
          </div>
        </div>
        <div className="pledge-page__actions">
          <CopyLinkButton url={url} />
        </div>
      </section>

      <section className="pledge-page__section" aria-labelledby="pp-about">
        <h2 id="pp-about">{t('record.pledge.about')}</h2>
        <dl className="facts">
          {p.organization && <Fact label={t('record.field.organization')}>{p.organization}</Fact>}
          <Fact label={t('record.field.capacity')}>{t(`pledge.capacity.${p.capacity}`)}</Fact>
          <Fact label={t('record.field.stakeholderGroup')}>{t(`group.${p.stakeholderGroup}`)}</Fact>
          <Fact label={t('record.field.regionalGroup')}>{p.regionalGroup ? t(`region.${p.regionalGroup}`) : t('record.notSpecified')}</Fact>
          <Fact label={t('record.field.session')}>
            {p.session.code && <span className="facts__code">{p.session.code}</span>} {p.session.title}
          </Fact>
          {event && (
            <Fact label={t('record.field.event')}>
              <AppLink href={routes.registry(event.id)}>{event.name}</AppLink>
            </Fact>
          )}
          <Fact label={t('record.field.made')}>{formatDate(utcIsoDate(p.createdAt))}</Fact>
          <Fact label={t('record.field.timeframe')}>{timeframeText(p.timeframe)}</Fact>
          {p.themes.length > 0 && (
            <Fact label={t('record.themes')}>
              <ThemeTags ids={p.themes} themes={themes} />
            </Fact>
          )}
          {p.partners.length > 0 && <Fact label={t('record.field.partners')}>{formatList(p.partners)}</Fact>}
        </dl>
      </section>

      {p.sdgTargets.length > 0 && (
        <section className="pledge-page__section" aria-labelledby="pp-sdg">
          <h2 id="pp-sdg">{t('record.sdgTargets')}</h2>
          <SdgTargetList codes={p.sdgTargets} />
        </section>
      )}

      {p.deliverables.length > 0 && (
        <section className="pledge-page__section" aria-labelledby="pp-deliverables">
          <h2 id="pp-deliverables">{t('record.deliverables')}</h2>
          <DeliverableList deliverables={p.deliverables} delivered={deliveredOf(p.reports)} />
        </section>
      )}

      <section className="pledge-page__section" aria-labelledby="pp-progress">
        <h2 id="pp-progress">{t('record.history.title')}</h2>
        <ProgressHistory reports={p.reports} deliverables={p.deliverables} emptyText={t('record.history.emptyPublic')} />
      </section>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Up to two initials for the author's badge ("Amina Diallo" → "AD"). */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]!, parts[parts.length - 1]!] : parts;
  return letters.map((w) => Array.from(w)[0]!.toUpperCase()).join('');
}
