import type { z } from 'zod';
import type { ClientEventName } from '../../shared/protocol';
import {
  approveAllSchema,
  approvePledgeSchema,
  claimPanelistSchema,
  countdownSchema,
  draftingSchema,
  emptySchema,
  fixPledgeSchema,
  followUpLinkSchema,
  joinAudienceSchema,
  openRoundSchema,
  panelistTargetSchema,
  pledgeContentSchema,
  pledgeTargetSchema,
  promptSchema,
  rejectPledgeSchema,
  roundSettingsSchema,
  seatRequestTargetSchema,
} from '../../shared/schemas';
import { callSpeakerSchema, reactSchema, speakingOrderSchema, spotlightCommandSchema, stageWallSchema } from '../../shared/stage';
import type { Result } from '../domain/result';
import type { LimitKind } from '../limits';
import type { Principal, SessionService } from '../service/session-service';

interface Command<S extends z.ZodType> {
  schema: S;
  limit: LimitKind;
  run(service: SessionService, principal: Principal, payload: z.output<S>): Promise<Result<object>>;
}

const command = <S extends z.ZodType>(limit: LimitKind, schema: S, run: Command<S>['run']): Command<S> => ({ schema, limit, run });

/**
 * Every client command: its payload schema and the service call it maps to. Roles are checked
 * before this table is consulted (see domain/permissions).
 */
export const COMMANDS = {
  'session:sync': command('sync', emptySchema, (s, p) =>
    s.reader.snapshot(p).then((r) => (r.ok ? { ok: true as const, value: { snapshot: r.value } } : r)),
  ),
  'conn:check': command('check', emptySchema, () => Promise.resolve({ ok: true as const, value: {} })),
  'panelist:claim': command('claim', claimPanelistSchema, (s, p, x) => s.phone.claim(p, x.panelistId, x.invite)),
  'seat:withdraw': command('claim', panelistTargetSchema, (s, p, x) => s.phone.withdraw(p, x.panelistId)),
  'audience:join': command('claim', joinAudienceSchema, (s, p, x) => s.phone.joinAudience(p, x)),
  'pledge:drafting': command('drafting', draftingSchema, (s, p, x) => s.phone.setDrafting(p, x.drafting)),
  'pledge:submit': command('pledge', pledgeContentSchema, (s, p, x) => s.phone.submitPledge(p, x)),
  'pledge:edit': command('pledge', pledgeContentSchema, (s, p, x) => s.phone.editPledge(p, x)),
  'pledge:follow-up': command('claim', followUpLinkSchema, (s, p, x) => s.phone.followUpLink(p, x.pledgeId, x.followUpToken)),
  'round:open': command('moderate', openRoundSchema, (s, p, x) => s.moderator.openRound(p, x)),
  'round:close': command('moderate', emptySchema, (s, p) => s.moderator.closeRound(p)),
  'round:prompt': command('moderate', promptSchema, (s, p, x) => s.moderator.setPrompt(p, x.prompt)),
  'round:countdown': command('moderate', countdownSchema, (s, p, x) => s.moderator.setCountdown(p, x.countdownSeconds, x.autoClose)),
  'round:settings': command('moderate', roundSettingsSchema, (s, p, x) => s.moderator.changeSettings(p, x)),
  'round:last-call': command('moderate', emptySchema, (s, p) => s.moderator.lastCall(p)),
  'stage:wall': command('moderate', stageWallSchema, (s, p, x) => s.stage.setWall(p, x)),
  'stage:spotlight': command('moderate', spotlightCommandSchema, (s, p, x) => s.stage.spotlight(p, x.pledgeId, x.rotateSeconds)),
  'stage:order': command('moderate', speakingOrderSchema, (s, p, x) => s.stage.order(p, x.panelistIds)),
  'stage:call': command('moderate', callSpeakerSchema, (s, p, x) => s.stage.call(p, x.panelistId)),
  'reaction:set': command('react', reactSchema, (s, p, x) => s.reactions.set(p, x.pledgeId, x.on)),
  'panelist:nudge': command('moderate', panelistTargetSchema, (s, p, x) => s.moderator.nudge(p, x.panelistId)),
  'panelist:release': command('moderate', panelistTargetSchema, (s, p, x) => s.moderator.release(p, x.panelistId)),
  'panel:invites': command('moderate', emptySchema, (s, p) => s.moderator.invites(p)),
  'panelist:reinvite': command('moderate', panelistTargetSchema, (s, p, x) => s.moderator.reinvite(p, x.panelistId)),
  'seat:admit': command('moderate', seatRequestTargetSchema, (s, p, x) => s.moderator.admit(p, x.requestId)),
  'seat:refuse': command('moderate', seatRequestTargetSchema, (s, p, x) => s.moderator.refuse(p, x.requestId)),
  'pledge:approve': command('moderate', approvePledgeSchema, (s, p, x) => s.moderation.approve(p, x.pledgeId, x.basedOn)),
  'pledge:approve-all': command('moderate', approveAllSchema, (s, p, x) => s.moderation.approveAll(p, x.pledges)),
  'pledge:reject': command('moderate', rejectPledgeSchema, (s, p, x) => s.moderation.reject(p, x.pledgeId, x.reason)),
  'pledge:hide': command('moderate', pledgeTargetSchema, (s, p, x) => s.moderation.hide(p, x.pledgeId)),
  'pledge:unhide': command('moderate', pledgeTargetSchema, (s, p, x) => s.moderation.unhide(p, x.pledgeId)),
  'pledge:fix': command('moderate', fixPledgeSchema, (s, p, x) => s.moderation.fix(p, x.pledgeId, x.text, x.basedOn)),
} satisfies Record<ClientEventName, Command<z.ZodType>>;

/**
 * The commands many devices send often and nobody waits on with the room: a tap of support, a
 * phone's typing signal, a resync, a check of a quiet connection. Every other command is priority: someone's pledge or a
 * moderator's step, which the readers' visits wait longer for (reader-slices.ts).
 */
const BACKGROUND: ReadonlySet<string> = new Set<keyof typeof COMMANDS>(['reaction:set', 'pledge:drafting', 'session:sync', 'conn:check']);

export const isPriorityCommand = (command: string): boolean => Object.hasOwn(COMMANDS, command) && !BACKGROUND.has(command);
