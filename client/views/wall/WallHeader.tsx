import { useEffect, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Countdown } from '../../components/Countdown';
import { t } from '../../i18n';
import { serverNow, useSession } from '../../store/session';
import { useSpeaker } from './useWall';

/**
 * The top of every projected view: the session's code and title, then (at the right) whatever the
 * view adds (the page counter, a countdown) and the round's state; below, the round's notices.
 */
export function WallHeader({ side }: { side?: ReactNode }) {
  const session = useSession((s) => s.session);
  return (
    <header className="wall__header">
      <div className="wall__titles">
        {session?.code && <p className="wall__session-code">{session.code}</p>}
        <h1 className="wall__title">{session?.title}</h1>
      </div>
      <div className="wall__header-side">
        {side}
        <RoundState />
      </div>
      <RoundNotices />
    </header>
  );
}

/**
 * The round's state, in one badge. Once the countdown has run out while the round is still open,
 * the badge says so itself ("Time's up · last pledges still coming in", or "… closing the round"
 * when the countdown closes it) and the countdown leaves the screen: the room reads one message.
 */
export function RoundState() {
  const state = useSession((s) => s.round?.state ?? 'draft');
  const { endsAt, closes } = useRoundEnd();
  const timeUp = useTimeUp(endsAt);
  const text = timeUp ? t(closes ? 'wall.state.timeUpClosing' : 'wall.state.timeUpOpen') : t(`wall.state.${state}`);
  return (
    <p
      className={`wall__state wall__state--${state}${timeUp ? ' wall__state--time-up' : ''}`}
      data-testid="round-state"
      data-state={state}
      data-time-up={timeUp || undefined}
    >
      <span className="wall__state-dot" aria-hidden="true" />
      {text}
    </p>
  );
}

/** True once the server's clock has passed `endsAt` (re-rendering when it does); false without one. */
export function useTimeUp(endsAt: number | null): boolean {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    if (endsAt === null) return;
    const timer = setInterval(() => {
      const at = serverNow();
      setNow(at);
      if (at >= endsAt) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt !== null && now >= endsAt;
}

/** The round's end as the walls tell it: the last call, and whether the countdown closes the round. */
export function useRoundEnd(): { lastCall: boolean; endsAt: number | null; closes: boolean } {
  return useSession(
    useShallow((s) => {
      const open = s.round?.state === 'open';
      const endsAt = open ? (s.round?.countdownEndsAt ?? null) : null;
      return { lastCall: open && s.round?.lastCallAt != null, endsAt, closes: endsAt !== null && s.round?.autoClose === true };
    }),
  );
}

/**
 * The countdown, labelled "Round closes in" when its end closes the round (unlabelled otherwise:
 * it is only the moderator's clock then). Nothing while there is none, nor once it has run out:
 * the round's badge says that time is up (see RoundState).
 */
export function WallCountdown({ className }: { className: string }) {
  const { endsAt, closes } = useRoundEnd();
  const timeUp = useTimeUp(endsAt);
  if (endsAt === null || timeUp) return null;
  return (
    <Countdown
      endsAt={endsAt}
      className={`${className}${closes ? ' countdown--closes' : ''}`}
      label={closes ? t('wall.countdown.closes') : undefined}
    />
  );
}

/** "Last call for pledges" while the round is open after the moderator's call; "Speaking now: …" while a panelist is called. */
export function RoundNotices() {
  const { lastCall } = useRoundEnd();
  const speaker = useSpeaker();
  if (!lastCall && !speaker) return null;
  return (
    <div className="wall__notices">
      {lastCall && (
        <p className="wall__last-call" data-testid="wall-last-call">
          {t('stage.lastCall.wall')}
        </p>
      )}
      {speaker && (
        <p className="wall__speaker" data-testid="wall-speaker" data-panelist={speaker.id}>
          <span className="wall__speaker-dot" aria-hidden="true" />
          {t('stage.speaking', { name: speaker.name })}
        </p>
      )}
    </div>
  );
}
