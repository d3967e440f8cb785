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
  };
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
  cmd: { prompt?: string; countdownSeconds?: number | null } & RoundSettings,
  now: number,
): Result<Round> {
  if (round.state === 'open') return fail('round_already_open', 'The round is already open.');
  return ok({
    ...settled(round, cmd),
    state: 'open',
    prompt: cmd.prompt ?? round.prompt,
    countdownEndsAt: countdownEnd(cmd.countdownSeconds, now),
    openedAt: now,
    closedAt: null,
    updatedAt: now,
  });
}

export function closeRound(round: Round, now: number): Result<Round> {
  if (round.state !== 'open') return fail('round_not_open', 'Only an open round can be closed.');
  return ok({ ...round, state: 'closed', countdownEndsAt: null, closedAt: now, updatedAt: now });
}

export function setPrompt(round: Round, prompt: string, now: number): Result<Round> {
  if (round.state === 'closed') return fail('round_not_running', 'Reopen the round to change its prompt.');
  return ok({ ...round, prompt, updatedAt: now });
}

export function setCountdown(round: Round, seconds: number | null, now: number): Result<Round> {
  if (round.state !== 'open') return fail('round_not_open', 'A countdown runs only while the round is open.');
  return ok({ ...round, countdownEndsAt: countdownEnd(seconds, now), updatedAt: now });
}
