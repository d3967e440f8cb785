import type { Round } from '../../shared/schemas';
import { fail, ok, type Result } from './result';

/**
 * The round's state machine: draft -> open -> closed, and closed -> open again (reopen).
 * Each rule takes the current round and `now` and returns the next round or an error.
 */
export const ROUND_TRANSITIONS = {
  draft: ['open'],
  open: ['closed'],
  closed: ['open'],
} as const satisfies Record<Round['state'], readonly Round['state'][]>;

export function initialRound(prompt: string, now: number): Round {
  return {
    state: 'draft',
    prompt,
    countdownEndsAt: null,
    openedAt: null,
    closedAt: null,
    updatedAt: now,
    // The audience pledges once a moderator opens the round to them; their pledges then wait for approval.
    pledgers: 'panel',
    moderation: 'audience',
    lastCallAt: null,
    autoClose: false,
  };
}

/**
 * Whether the round takes pledges and edits at `now`: open, and not past a countdown that was
 * to close it (the close itself is committed by a timer, which may run a moment later, or on
 * another process after a restart).
 */
export function roundRunning(round: Round, now: number): boolean {
  return round.state === 'open' && !overdue(round, now);
}

/** An open round whose countdown was to close it and has ended. */
export function overdue(round: Round, now: number): boolean {
  return round.state === 'open' && round.autoClose && round.countdownEndsAt !== null && now >= round.countdownEndsAt;
}

export type RoundSettings = Partial<Pick<Round, 'pledgers' | 'moderation'>>;

const settled = (round: Round, settings: RoundSettings): Round => ({
  ...round,
  pledgers: settings.pledgers ?? round.pledgers,
  moderation: settings.moderation ?? round.moderation,
});

/** Who may pledge and what is moderated can change at any time; nothing changes when nothing differs. */
export function changeSettings(round: Round, settings: RoundSettings, now: number): Result<Round> {
  const next = settled(round, settings);
  if (next.pledgers === round.pledgers && next.moderation === round.moderation) return ok(round);
  return ok({ ...next, updatedAt: now });
}

const countdownEnd = (seconds: number | null | undefined, now: number) => (seconds ? now + seconds * 1000 : null);

export function openRound(
  round: Round,
  cmd: { prompt?: string; countdownSeconds?: number | null; autoClose?: boolean } & RoundSettings,
  now: number,
): Result<Round> {
  if (round.state === 'open') return fail('round_already_open', 'The round is already open.');
  return ok({
    ...settled(round, cmd),
    state: 'open',
    prompt: cmd.prompt ?? round.prompt,
    countdownEndsAt: countdownEnd(cmd.countdownSeconds, now),
    autoClose: cmd.autoClose ?? round.autoClose,
    openedAt: now,
    closedAt: null,
    // A reopened round has had no last call yet.
    lastCallAt: null,
    updatedAt: now,
  });
}

/** Announces the last call on phones and walls (again, if a moderator repeats it). */
export function lastCall(round: Round, now: number): Result<Round> {
  if (!roundRunning(round, now)) return fail('round_not_open', 'The last call is for an open round.');
  return ok({ ...round, lastCallAt: now, updatedAt: now });
}

/** The countdown ended a round set to close by itself: closed, at the countdown's end. */
export function closeOverdue(round: Round, now: number): Result<Round> {
  if (!overdue(round, now)) return fail('round_not_open', 'The round has no countdown that ended.');
  return ok({ ...round, state: 'closed', closedAt: round.countdownEndsAt, countdownEndsAt: null, updatedAt: now });
}

export function closeRound(round: Round, now: number): Result<Round> {
  if (round.state !== 'open') return fail('round_not_open', 'Only an open round can be closed.');
  // Closed by its countdown already (the timer's commit may still be on its way): closed then.
  if (overdue(round, now)) return closeOverdue(round, now);
  return ok({ ...round, state: 'closed', countdownEndsAt: null, closedAt: now, updatedAt: now });
}

export function setPrompt(round: Round, prompt: string, now: number): Result<Round> {
  if (round.state === 'closed') return fail('round_not_running', 'Reopen the round to change its prompt.');
  // The same words saved again change nothing: no commit, no delta, no line in the activity log.
  if (prompt === round.prompt) return ok(round);
  return ok({ ...round, prompt, updatedAt: now });
}

export function setCountdown(round: Round, seconds: number | null, now: number, autoClose?: boolean): Result<Round> {
  if (!roundRunning(round, now)) return fail('round_not_open', 'A countdown runs only while the round is open.');
  return ok({ ...round, countdownEndsAt: countdownEnd(seconds, now), autoClose: autoClose ?? round.autoClose, updatedAt: now });
}
