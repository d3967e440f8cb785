import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Countdown } from '../../components/Countdown';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
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

export function RoundState() {
  const state = useSession((s) => s.round?.state ?? 'draft');
  return (
    <p className={`wall__state wall__state--${state}`} data-testid="round-state" data-state={state}>
      <span className="wall__state-dot" aria-hidden="true" />
      {t(`wall.state.${state}`)}
    </p>
  );
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
 * it is only the moderator's clock then). Nothing while there is none.
 */
export function WallCountdown({ className }: { className: string }) {
  const { endsAt, closes } = useRoundEnd();
  if (endsAt === null) return null;
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
