import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { dismissNudge } from '../../store/phone';
import { usePhone } from '../../store/phone-state';
import { revealFocusedField } from './useStickyTop';
import { useCalledAt } from './YourTurn';

/** The moderator's nudge; while the panelist is called to speak, "your turn" says it instead (YourTurn.tsx). */
export function NudgeBanner() {
  const nudgedAt = usePhone((s) => s.nudgedAt);
  const calledAt = useCalledAt();
  const shown = calledAt === null && nudgedAt;
  const banner = useRef<HTMLDivElement>(null);
  // A nudge the call's banner read out already comes back after the call as a plain banner, not
  // said a second time.
  const saidInCall = useRef<number | null>(null);
  useEffect(() => {
    if (calledAt !== null && nudgedAt) saidInCall.current = nudgedAt;
  }, [calledAt, nudgedAt]);
  // It joins the sticky block at the top: the field being typed in stays in view.
  useEffect(() => {
    if (shown) revealFocusedField(banner.current?.parentElement ?? null);
  }, [shown]);
  if (!shown) return null;
  return (
    <div className="nudge" role={saidInCall.current === nudgedAt ? undefined : 'alert'} data-testid="nudge-banner" key={nudgedAt} ref={banner}>
      <span className="nudge__icon" aria-hidden="true">
        ●
      </span>
      <p className="nudge__text">{t('phone.nudge')}</p>
      <button type="button" className="nudge__dismiss" onClick={dismissNudge}>
        {t('phone.nudge.dismiss')}
      </button>
    </div>
  );
}
