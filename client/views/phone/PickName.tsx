import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { pickPanelist } from '../../store/phone';
import { usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';

export function PickName() {
  const panelists = useSession(useShallow((s) => s.session?.panelists ?? []));
  const panel = useSession((s) => s.panel);
  const claiming = usePhone((s) => s.claiming);
  const claimError = usePhone((s) => s.claimError);
  const released = usePhone((s) => s.released);

  return (
    <section className="phone__panel" aria-labelledby="pick-title">
      <h1 id="pick-title">{t('phone.pick.title')}</h1>
      {released && (
        <p className="notice" role="status">
          {t('phone.released')}
        </p>
      )}
      <p className="phone__lead">{t('phone.pick.help')}</p>
      <ErrorMessage code={claimError} />
      {panelists.length === 0 ? (
        <p>{t('phone.pick.empty')}</p>
      ) : (
        <ul className="pick-list">
          {panelists.map((p) => {
            // A released seat that keeps its pledge reads "submitted" yet is free: only flag live seats.
            const taken = panel[p.id] === 'joined' || panel[p.id] === 'drafting';
            return (
              <li key={p.id}>
                <button
                  type="button"
                  className={`pick${taken ? ' pick--taken' : ''}`}
                  data-testid={`pick-${p.id}`}
                  onClick={() => void pickPanelist(p.id)}
                  disabled={claiming !== null}
                  aria-busy={claiming === p.id || undefined}
                >
                  <span className="pick__name">{p.name}</span>
                  {p.organization && <span className="pick__org">{p.organization}</span>}
                  {claiming === p.id ? (
                    <span className="pick__note">{t('phone.pick.claiming')}</span>
                  ) : (
                    taken && <span className="pick__note">{t('phone.pick.taken')}</span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
