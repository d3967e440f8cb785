import type { Editor } from '../../shared/schemas';
import { revise } from './pledge';
import type { Pledge } from './records';
import { fail, ok, type Result } from './result';

/**
 * What moderators do to a pledge. Each rule returns the pledge as it will be stored, or an error
 * when the pledge is not in a state the action applies to (say, approving one already shown).
 */
export type ModerationAction =
  | { kind: 'approve'; basedOn: number }
  | { kind: 'reject'; reason: string }
  | { kind: 'hide' }
  | { kind: 'unhide' }
  | { kind: 'fix'; text: string; basedOn: number; by: Editor };

const changed = fail('pledge_changed', 'This pledge changed since you read it; read the new text first.');

const wrongStatus = (pledge: Pledge, what: string) =>
  fail('wrong_status', `This pledge is ${pledge.status}; it cannot be ${what}.`);

export function moderate(pledge: Pledge | undefined, action: ModerationAction, now: number): Result<Pledge> {
  if (!pledge) return fail('pledge_not_found', 'This pledge could not be found.');
  switch (action.kind) {
    case 'approve':
      if (pledge.status !== 'pending' && pledge.status !== 'rejected') return wrongStatus(pledge, 'approved');
      // Changed since the moderator read it: they approve the new version, or not, once they have read it.
      if (pledge.updatedAt !== action.basedOn) return changed;
      return ok({ ...pledge, status: 'visible', rejectReason: null });
    case 'reject':
      if (pledge.status !== 'pending') return wrongStatus(pledge, 'rejected');
      return ok({ ...pledge, status: 'rejected', rejectReason: action.reason });
    case 'hide':
      if (pledge.status !== 'visible') return wrongStatus(pledge, 'hidden');
      return ok({ ...pledge, status: 'hidden' });
    case 'unhide':
      if (pledge.status !== 'hidden') return wrongStatus(pledge, 'shown again');
      return ok({ ...pledge, status: 'visible' });
    case 'fix':
      // Based on an older version: the moderator is shown the current one and fixes that instead.
      if (pledge.updatedAt !== action.basedOn) return changed;
      if (pledge.text === action.text) return ok(pledge);
      return ok(revise(pledge, { text: action.text }, action.by, now));
    default: {
      const never: never = action;
      throw new Error(`unknown moderation action ${JSON.stringify(never)}`);
    }
  }
}
