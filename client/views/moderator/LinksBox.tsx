import { useId } from 'react';
import { routes } from '../../../shared/http';
import { CopyField } from '../../components/CopyField';
import { t } from '../../i18n';
import { useSession } from '../../store/session';

export function LinksBox() {
  const titleId = useId();
  const session = useSession((s) => s.session);
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
          <a className="button button--secondary" href={wallUrl} target="_blank" rel="noreferrer">
            {t('mod.links.openWall')}
          </a>
        </div>
      </div>
    </section>
  );
}
