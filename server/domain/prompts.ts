import type { AskedPrompt } from '../../shared/http';
import type { ActivityEntry, Pledge, Round } from '../../shared/schemas';

/**
 * Every question a round was asked with, oldest first, from the session's activity log: the
 * prompt each opening of the round carried, and each change of it (the same text again, as when
 * a round reopens with its prompt unchanged, is not a new question). Each pledge answered the
 * question in force when it was first submitted: the last one asked at or before its `createdAt`
 * (a pledge's submit and a change of the prompt are both conditional on the round, so they
 * commit in turn; only a submit whose commit crosses the very moment of a change could be put
 * under the other question). A session whose log holds no question has the round's prompt alone.
 */
export function promptsAsked(round: Round, activity: readonly ActivityEntry[], pledges: readonly Pick<Pledge, 'id' | 'createdAt'>[]): AskedPrompt[] {
  const asked: AskedPrompt[] = [];
  for (const entry of activity) {
    if (entry.action !== 'open' && entry.action !== 'prompt') continue;
    if (asked.at(-1)?.text === entry.detail) continue;
    asked.push({ text: entry.detail, at: entry.at, by: entry.actor, pledgeIds: [] });
  }
  if (asked.length === 0) asked.push({ text: round.prompt, at: round.openedAt ?? round.updatedAt, by: null, pledgeIds: [] });
  for (const p of [...pledges].sort((a, b) => a.createdAt - b.createdAt)) {
    const answered = asked.findLast((q) => q.at <= p.createdAt) ?? asked[0]!;
    answered.pledgeIds.push(p.id);
  }
  return asked;
}
