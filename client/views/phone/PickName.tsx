import { t } from '../../i18n';
import { goTo } from '../../store/phone-seat';
import { usePanelists, usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { useFocusIfLost } from './useFocusIfLost';

/** The panel's names: the one picked is confirmed next, then the moderator is asked. */
export function PickName() {
  // Names from the join code's lookup until the live state arrives; who is taken comes with it.
  const panelists = usePanelists();
  const panel = useSession((s) => s.panel);
  const released = usePhone((s) => s.released);
  const heading = useFocusIfLost<HTMLHeadingElement>(true);

  return (
    <section className="phone__panel" aria-labelledby="pick-title">
      <h1 id="pick-title" ref={heading} tabIndex={-1}>
        {t('phone.pick.title')}
      </h1>
      {released && (
        <p className="notice" role="status">
          {t(released === 'moved' ? 'phone.moved' : 'phone.released')}
        </p>
      )}
      <p className="phone__lead">{t('phone.pick.help')}</p>
      {panelists.length === 0 ? (
        <p>{t('phone.pick.empty')}</p>
      ) : (
        <ul className="pick-list">
          {panelists.map((p) => {
            const taken = panel[p.id]?.seated ?? false;
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className={`pick${taken ? ' pick--taken' : ''}`}
                  data-testid={`pick-${p.id}`}
                  onClick={() => goTo({ kind: 'confirm', panelistId: p.id })}
                >
                  <span className="pick__name">{p.name}</span>
                  {p.organization && <span className="pick__org">{p.organization}</span>}
                  {taken && <span className="pick__note">{t('phone.pick.taken')}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="seat__actions">
        <button type="button" className="button button--ghost button--block" data-testid="join-back" onClick={() => goTo({ kind: 'choose' })}>
          {t('phone.join.back')}
        </button>
      </div>
    </section>
  );
}
