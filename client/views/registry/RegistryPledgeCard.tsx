import type { Theme } from '../../../shared/domain';
import type { PublicPledge } from '../../../shared/http';
import { routes } from '../../../shared/http';
import { AppLink } from '../../components/AppLink';
import { audienceLine, authorName } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { LightBadge, ProgressBadge, SdgChips, ThemeTags } from './Badges';

/** One pledge in the registry's list. Pledge text is rendered as text (newlines kept by CSS). */
export function RegistryPledgeCard({ pledge, themes }: { pledge: PublicPledge; themes: readonly Theme[] | undefined }) {
  const href = routes.publicPledge(pledge.id);
  return (
    <article className="rcard" data-testid={`registry-pledge-${pledge.id}`} aria-labelledby={`rcard-${pledge.id}`}>
      <div className="rcard__top">
        <p className="rcard__from" data-testid="registry-pledge-session">
          {pledge.session.code && <span className="rcard__session">{pledge.session.code}</span>}
          <bdi className="rcard__title">{pledge.session.title}</bdi>
        </p>
        <span className="rcard__badges">
          <ProgressBadge status={pledge.status} />
          <LightBadge light={pledge.light} />
        </span>
      </div>
      <blockquote className="rcard__text" dir="auto">{pledge.text}</blockquote>
      <p className="rcard__author" id={`rcard-${pledge.id}`}>
        <span className="rcard__name">
          <bdi>{authorName(pledge)}</bdi>
        </span>
        {audienceLine(pledge) && <span className="rcard__audience">{audienceLine(pledge)}</span>}
        {pledge.organization && (
          <span className="rcard__org">
            <bdi>{pledge.organization}</bdi>
          </span>
        )}
        <span className="rcard__group">{t(`group.${pledge.stakeholderGroup}`)}</span>
      </p>
      {(pledge.themes.length > 0 || pledge.sdgTargets.length > 0) && (
        <div className="rcard__tags">
          <ThemeTags ids={pledge.themes} themes={themes} />
          <SdgChips codes={pledge.sdgTargets} />
        </div>
      )}
      <p className="rcard__more">
        <AppLink href={href} className="rcard__link" aria-label={t('record.registry.openPledgeOf', { name: authorName(pledge) })}>
          {t('record.registry.openPledge')}
          {' '}
          <span className="arrow" aria-hidden="true">→</span>
        </AppLink>
      </p>
    </article>
  );
}
