import { useEffect, useRef, type ReactNode } from 'react';
import { CopyField } from '../../components/CopyField';
import { t } from '../../i18n';
import { dismissCreated, dismissRotated, useOrganizer } from '../../store/organizer';

/** The one moment the moderator link (with its key) is visible: make it impossible to miss. */
export function CreatedLinks() {
  const created = useOrganizer((s) => s.created);
  const rotated = useOrganizer((s) => s.rotated);
  return (
    <>
      {created && (
        <section className="card created" data-testid="created-links" aria-labelledby="created-title">
          <FocusedHeading id="created-title">{t('org.created.title', { title: created.title })}</FocusedHeading>
          <p className="created__warning" role="note">
            {t('org.created.warning')}
          </p>
          <CopyField label={t('org.links.moderator')} value={created.links.moderator} testId="created-moderator-link" important />
          <CopyField label={t('org.links.join')} value={created.links.join} testId="created-join-link" />
          <CopyField label={t('org.links.wall')} value={created.links.wall} testId="created-wall-link" />
          <button type="button" className="button button--ghost" onClick={dismissCreated}>
            {t('common.dismiss')}
          </button>
        </section>
      )}
      {rotated && (
        <section className="card created" data-testid="rotated-links" aria-labelledby="rotated-title">
          <FocusedHeading id="rotated-title">{t('org.sessions.newKeyDone', { title: rotated.title })}</FocusedHeading>
          <p className="created__warning" role="note">
            {t('org.created.warning')}
          </p>
          <CopyField label={t('org.links.moderator')} value={rotated.links.moderator} testId="rotated-moderator-link" important />
          <button type="button" className="button button--ghost" onClick={dismissRotated}>
            {t('common.dismiss')}
          </button>
        </section>
      )}
    </>
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
