import { useEffect, useRef, type ReactNode } from 'react';
import { CopyField } from '../../components/CopyField';
import { WallLanguages } from '../../components/WallLanguages';
import { t } from '../../i18n';
import { dismissCreated, useOrganizer } from '../../store/organizer';
import { InviteItem } from './InviteItem';

/** The links of a session just made: both consoles, the public links and every panelist's invite. */
export function CreatedLinks() {
  const created = useOrganizer((s) => s.created);
  if (!created) return null;
  return (
    <section className="card created access-card" data-testid="created-links" aria-labelledby="created-title">
      <FocusedHeading id="created-title">{t('org.created.title', { title: created.title })}</FocusedHeading>
      <p className="created__warning" role="note">
        {t('org.created.warning')}
      </p>
      <CopyField label={t('org.links.moderator')} value={created.links.moderator} testId="created-moderator-link" important />
      <CopyField label={t('org.links.onlineModerator')} value={created.links.onlineModerator} testId="created-online-moderator-link" important />
      <CopyField label={t('org.links.join')} value={created.links.join} testId="created-join-link" />
      <CopyField label={t('org.links.wall')} value={created.links.wall} testId="created-wall-link" />
      <WallLanguages url={created.links.wall} languages={created.languages} kind="wall" testId="created-wall-languages" />
      <h3>{t('org.links.invites')}</h3>
      <ul className="access-invites" data-testid="created-invites">
        {created.links.invites.map((i) => (
          <InviteItem key={i.panelistId} invite={i} />
        ))}
      </ul>
      <button type="button" className="button button--ghost" onClick={dismissCreated}>
        {t('common.dismiss')}
      </button>
    </section>
  );
}

/** Moves focus to the new links once, so keyboard and screen-reader users land on them. */
export function FocusedHeading({ id, children }: { id: string; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
