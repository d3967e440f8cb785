import type { SessionListItem } from '../../../shared/http';
import { CopyField } from '../../components/CopyField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { WallLanguages } from '../../components/WallLanguages';
import { t } from '../../i18n';
import { closeAccess, openAccess, rotateModeratorLink, useSessionAccess } from '../../store/session-access';
import { FocusedHeading } from './CreatedLinks';
import { ExportButton } from './ExportButton';
import { InviteItem } from './InviteItem';
import { NewTabLink } from './NewTabLink';

/** Opens a session's links (consoles and invites) below the list, without replacing any. */
export function LinksButton({ session, ariaLabel }: { session: SessionListItem; ariaLabel?: string }) {
  const open = useSessionAccess((s) => s.session?.sessionId === session.sessionId);
  return (
    <button
      type="button"
      className="button button--small button--ghost"
      aria-label={ariaLabel}
      aria-expanded={open}
      data-testid={`links-${session.sessionId}`}
      onClick={() => (open ? closeAccess() : void openAccess(session))}
    >
      {t('org.access.open')}
    </button>
  );
}

/** The selected session's consoles (onsite and online moderator), join and wall links, and every panelist's invite link. */
export function SessionAccessCard() {
  const { session, links, languages, loading, error, rotating, rotated } = useSessionAccess();
  if (!session) return null;
  const name = session.code ? `${session.code} ${session.title}` : session.title;
  const rotate = (seat: 'onsite' | 'online') => {
    if (window.confirm(t('org.access.rotateConfirm', { seat: t(`org.access.seat.${seat}`), title: session.title }))) void rotateModeratorLink(seat);
  };
  return (
    <section className="card created access-card" data-testid="session-access" aria-labelledby="access-title" aria-busy={loading || undefined}>
      <div className="card__head">
        <FocusedHeading id="access-title">{t('org.access.title', { name })}</FocusedHeading>
        <button type="button" className="button button--small button--ghost" onClick={closeAccess}>
          {t('common.close')}
        </button>
      </div>
      <p className="console__quiet">{t('org.access.intro')}</p>
      <ErrorMessage code={error} />
      {loading && <p className="console__quiet">{t('app.loading')}</p>}
      {links && (
        <>
          <h3>{t('org.access.consoles')}</h3>
          {(['onsite', 'online'] as const).map((seat) => {
            const link = seat === 'onsite' ? links.moderator : links.onlineModerator;
            return (
              <div key={seat} className="access-console" data-testid={`access-${seat}`}>
                {link ? (
                  <CopyField label={t(`org.access.seat.${seat}`)} value={link} testId={`access-${seat}-link`} important={rotated === seat} />
                ) : (
                  <p className="console__quiet">{t('org.access.noKey', { seat: t(`org.access.seat.${seat}`) })}</p>
                )}
                <div className="action-group">
                  {link && (
                    <NewTabLink className="button button--small button--secondary" href={link}>
                      {t('org.access.openConsole')}
                    </NewTabLink>
                  )}
                  <button type="button" className="button button--small button--ghost" disabled={rotating !== null} onClick={() => rotate(seat)}>
                    {rotating === seat ? t('org.access.rotating') : t('org.access.rotate')}
                  </button>
                </div>
                {rotated === seat && (
                  <p className="created__warning" role="status">
                    {t('org.access.rotated')}
                  </p>
                )}
              </div>
            );
          })}
          <h3>{t('org.access.invites')}</h3>
          <p className="console__quiet">{t('org.access.invitesIntro')}</p>
          <ul className="access-invites" data-testid="access-invites">
            {links.invites.map((i) => (
              <InviteItem key={i.panelistId} invite={i} />
            ))}
          </ul>
          <ExportButton
            target={{ scope: 'session', id: session.sessionId, format: 'invites' }}
            label={t('org.access.invitesCsv')}
            testId="access-invites-csv"
          />
          <h3>{t('org.access.public')}</h3>
          <CopyField label={t('org.links.join')} value={links.join} />
          <CopyField label={t('org.links.wall')} value={links.wall} testId="access-wall-link" />
          <WallLanguages url={links.wall} languages={languages} kind="wall" testId="access-wall-languages" />
        </>
      )}
    </section>
  );
}
