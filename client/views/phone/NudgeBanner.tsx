import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { dismissNudge } from '../../store/phone';
import { usePhone } from '../../store/phone-state';
import { revealFocusedField } from './useStickyTop';
import { useCalledAt } from './YourTurn';

/** The moderator's nudge; while the panelist is called to speak, "your turn" says it instead (YourTurn.tsx). */
export function NudgeBanner() {
  const nudgedAt = usePhone((s) => s.nudgedAt);
  const shown = useCalledAt() === null && nudgedAt;
  const banner = useRef<HTMLDivElement>(null);
  // It joins the sticky block at the top: the field being typed in stays in view.
  useEffect(() => {
    if (shown) revealFocusedField(banner.current?.parentElement ?? null);
  }, [shown]);
  if (!shown) return null;
  return (
    <div className="nudge" role="alert" data-testid="nudge-banner" key={nudgedAt} ref={banner}>
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
