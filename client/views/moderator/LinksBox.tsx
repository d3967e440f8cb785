import { useId, type CSSProperties } from 'react';
import { routes } from '../../../shared/http';
import { CopyField } from '../../components/CopyField';
import { WallLanguages } from '../../components/WallLanguages';
import { t } from '../../i18n';
import { useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';

/** The console's buttons side by side, wrapping on a narrow column. */
const actionsStyle: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem' };

export function LinksBox() {
  const titleId = useId();
  const session = useSession((s) => s.session);
  const moderatorKey = useModerator((s) => s.key);
  const languages = useSession((s) => s.languages);
  if (!session) return null;
  const joinUrl = `${location.origin}${routes.join(session.joinCode)}`;
  const wallUrl = `${location.origin}${routes.wall(session.id)}`;
  return (
    <section className="card links" aria-labelledby={titleId}>
      <div className="card__head">
        <h2 id={titleId}>{t('mod.links.title')}</h2>
      </div>
      <div className="links__body">
        <img
          className="links__qr"
          src={routes.qr(session.id)}
          alt={t('mod.links.qrAlt', { title: session.title })}
          width={160}
          height={160}
        />
        <div className="links__fields">
          <CopyField label={t('mod.links.join')} value={joinUrl} testId="mod-join-link" />
          <CopyField label={t('mod.links.wall')} value={wallUrl} testId="mod-wall-link" />
          <WallLanguages url={wallUrl} languages={languages} kind="wall" testId="mod-wall-languages" />
          <div style={actionsStyle}>
            <a className="button button--secondary" href={wallUrl} target="_blank" rel="noreferrer">
              {t('mod.links.openWall')}
            </a>
            {moderatorKey && (
              <a
                className="button button--secondary"
                href={routes.report(session.id, moderatorKey)}
                target="_blank"
                rel="noreferrer"
                data-testid="mod-report-link"
              >
                {t('record.links.report')}
              </a>
            )}
          </div>
        </div>
      </div>
    </section>
  );
}
