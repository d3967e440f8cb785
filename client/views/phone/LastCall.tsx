import { useContext, useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { Countdown } from '../../components/Countdown';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { revealFocusedField, StickySlot } from './useStickyTop';

/**
 * The end of the round as the phone tells it: the moderator's last call, and a countdown that
 * closes the round by itself. Someone still writing gets the last call loudly, at the top of the
 * form; someone whose pledge is saved needs no alarm, only a quiet line.
 */
function useRoundEnd() {
  return useSession(
    useShallow((s) => {
      const open = s.round?.state === 'open';
      const endsAt = open ? (s.round?.countdownEndsAt ?? null) : null;
      return {
        lastCall: open && s.round?.lastCallAt != null,
        /** When the moderator last called it: a new call is a new banner. */
        lastCallAt: open ? (s.round?.lastCallAt ?? null) : null,
        endsAt,
        closesByItself: endsAt !== null && s.round?.autoClose === true,
      };
    }),
  );
}

/**
 * The form's last call ("save your changes now" while editing a saved pledge): an assertive region that is always there, so the call is announced when
 * it comes (not only when the form opens), without taking the focus from the text being typed. A
 * second call (a new time) is a new banner: it comes in again and is announced again. It shows in
 * the sticky block at the top, compact, so a panelist scrolled down to Submit sees it; the field
 * being typed in moves down out from under it.
 */
export function LastCallBanner({ editing, sending = false }: { editing: boolean; sending?: boolean }) {
  const { lastCall, lastCallAt, closesByItself } = useRoundEnd();
  const slot = useContext(StickySlot);
  // A pledge on its way (or waiting for the network) has been sent: its status says the rest.
  const shown = lastCall && !sending;
  useEffect(() => {
    if (shown) revealFocusedField(slot?.parentElement ?? null);
  }, [shown, lastCallAt, slot]);
  const region = (
    <div className="last-call-region" role="alert" aria-atomic="true">
      {shown && (
        <div className="last-call" data-testid="last-call" key={lastCallAt}>
          <p className="last-call__title">{t(editing ? 'phone.lastCall.edit' : 'stage.lastCall.phone')}</p>
          {closesByItself && <p className="last-call__detail">{t('phone.timer.autoClose')}</p>}
        </div>
      )}
    </div>
  );
  return slot ? createPortal(region, slot) : region;
}

/**
 * The countdown, labelled "Closes in" when its end closes the round. When the round stays open
 * past its end, it says what can still be done (the walls' "last pledges still coming in"), never
 * a bare "Time's up": the pledge being written or checked can still be sent, a `saved` one (its
 * words: ./saved-words.ts) still edited. A countdown that closes the round says "Time's up" until
 * the round's closed screen replaces it.
 */
export function RoundCountdown({ saved = false }: { saved?: boolean }) {
  const { endsAt, closesByItself } = useRoundEnd();
  if (endsAt === null) return null;
  const stillOpen = !closesByItself;
  return (
    <Countdown
      endsAt={endsAt}
      className={`countdown--phone${stillOpen ? ' countdown--still-open' : ''}`}
      label={t(closesByItself ? 'phone.timer.closesIn' : 'phone.timer.label')}
      overText={stillOpen ? t(saved ? 'phone.timer.stillEditable' : 'phone.timer.stillOpen') : undefined}
    />
  );
}

/**
 * "The round closes by itself when the countdown ends", where nothing louder says it: on the
 * form before the last call (the banner says it then), and under a saved pledge.
 */
export function AutoCloseNote({ unlessLastCall = false }: { unlessLastCall?: boolean }) {
  const { lastCall, closesByItself } = useRoundEnd();
  if (!closesByItself || (unlessLastCall && lastCall)) return null;
  return (
    <p className="auto-close-note" data-testid="auto-close-note">
      {t('phone.timer.autoClose')}
    </p>
  );
}

/**
 * A saved pledge's last call: one quiet line at the top of the screen (its author can still edit
 * until the round closes). Not a live region: the phone's announcer reads the call out once.
 */
export function LastCallNote() {
  const { lastCall } = useRoundEnd();
  if (!lastCall) return null;
  return (
    <p className="last-call-note" data-testid="last-call" data-quiet="true">
      {t('phone.lastCall.sent')}
    </p>
  );
}
