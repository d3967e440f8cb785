import type { z } from 'zod';
import type { ClientEventName } from '../../shared/protocol';
import {
  claimPanelistSchema,
  countdownSchema,
  draftingSchema,
  emptySchema,
  followUpLinkSchema,
  openRoundSchema,
  panelistTargetSchema,
  pledgeContentSchema,
  promptSchema,
} from '../../shared/schemas';
import type { LimitKind } from '../limits';
import type { Principal, ServiceResult, SessionService } from '../service/session-service';

interface Command<S extends z.ZodType> {
  schema: S;
  limit: LimitKind;
  run(service: SessionService, principal: Principal, payload: z.output<S>): Promise<ServiceResult<object>>;
}

const command = <S extends z.ZodType>(limit: LimitKind, schema: S, run: Command<S>['run']): Command<S> => ({ schema, limit, run });

/**
 * Every client command: its payload schema and the service call it maps to. Roles are checked
 * before this table is consulted (see domain/permissions).
 */
export const COMMANDS = {
  'session:sync': command('sync', emptySchema, (s, p) =>
    s.snapshot(p).then((r) => (r.ok ? { ok: true as const, value: { snapshot: r.value } } : r)),
  ),
  'panelist:claim': command('claim', claimPanelistSchema, (s, p, x) => s.claim(p, x.panelistId)),
  'pledge:drafting': command('drafting', draftingSchema, (s, p, x) => s.setDrafting(p, x.drafting)),
  'pledge:submit': command('pledge', pledgeContentSchema, (s, p, x) => s.submitPledge(p, x)),
  'pledge:edit': command('pledge', pledgeContentSchema, (s, p, x) => s.editPledge(p, x)),
  'pledge:follow-up': command('claim', followUpLinkSchema, (s, p, x) => s.followUpLink(p, x.pledgeId)),
  'round:open': command('moderate', openRoundSchema, (s, p, x) => s.openRound(p, x)),
  'round:close': command('moderate', emptySchema, (s, p) => s.closeRound(p)),
  'round:prompt': command('moderate', promptSchema, (s, p, x) => s.setPrompt(p, x.prompt)),
  'round:countdown': command('moderate', countdownSchema, (s, p, x) => s.setCountdown(p, x.countdownSeconds)),
  'panelist:nudge': command('moderate', panelistTargetSchema, (s, p, x) => s.nudge(p, x.panelistId)),
  'panelist:release': command('moderate', panelistTargetSchema, (s, p, x) => s.release(p, x.panelistId)),
} satisfies Record<ClientEventName, Command<z.ZodType>>;
