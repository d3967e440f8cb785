import { useEffect, useRef } from 'react';
import { t } from '../../i18n';
import { usePhone } from '../../store/phone-state';
import { serverNow, useSession } from '../../store/session';
import { revealFocusedField } from './useStickyTop';

/** A call older than this (a reload mid-turn, a phone back online) shows without vibrating. */
const FRESH_CALL_MS = 15_000;

/**
 * "Your turn": the moderator called this phone's panelist to speak. A sibling above the screens,
 * so the form under it (and its draft) stays exactly as it was. The region is always in the page
 * and assertive: a call is time-critical, and inserting text into a live region that already
 * exists is what screen readers announce most reliably. Focus stays where the panelist is typing.
 * A nudge from the moderator while called shows in this banner, under the call (NudgeBanner.tsx
 * stands aside): one message, read out whole as it changes.
 */
/** When the moderator called this phone's panelist to speak, or null. */
export const useCalledAt = () =>
  useSession((s) => {
    const speaker = s.stage?.speaker;
    const me = s.you?.panelistId;
    return speaker && me && speaker.panelistId === me ? speaker.at : null;
  });

export function YourTurn() {
  const calledAt = useCalledAt();
  // The moderator's nudge, while called: said here, in the one banner, not in a second one below.
  const nudged = usePhone((s) => s.nudgedAt !== null);

  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (calledAt === null) return;
    // The banner may now cover the text being typed: bring it back into view.
    revealFocusedField(region.current?.parentElement ?? null);
    if (serverNow() - calledAt <= FRESH_CALL_MS) vibrateOnce();
  }, [calledAt]);

  return (
    <div className="your-turn-region" role="alert" aria-atomic="true" ref={region}>
      {calledAt !== null && (
        <div className="your-turn" data-testid="your-turn" key={calledAt}>
          <span className="your-turn__mark" aria-hidden="true" />
          <p className="your-turn__text">
            <strong className="your-turn__title">{t('stage.yourTurn')}</strong>
            <span className="your-turn__detail">{t('stage.yourTurn.detail')}</span>
            {nudged && <span className="your-turn__nudge" data-testid="your-turn-nudge">{t('phone.nudge')}</span>}
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * One buzz, where the browser allows it: Chrome refuses (and logs) a call before the person has
 * touched the page, so we ask only after they have.
 */
function vibrateOnce(): void {
  try {
    const activation = (navigator as Navigator & { userActivation?: { hasBeenActive: boolean } }).userActivation;
    if (activation && !activation.hasBeenActive) return;
    navigator.vibrate?.(200);
  } catch {
    // Vibration is a nicety; some browsers throw.
  }
}
