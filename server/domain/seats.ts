import type { SeatRequest } from '../../shared/schemas';
import type { Participant, SeatRequestRecord, SessionMeta } from './records';
import { fail, ok, type Result } from './result';

/**
 * How a phone comes to hold a panelist seat. A personal invite link seats its device at once
 * when the seat is free; anyone else (a code-joiner, or a second device while the seat is held)
 * asks to be admitted, and nothing is posted in the panelist's name until a moderator admits
 * them. A device asking again for a seat it already holds simply gets it back, so a claim whose
 * answer was lost can be retried.
 */
export type ClaimDecision =
  | { kind: 'seated'; seat: Participant; changed: boolean }
  | { kind: 'request'; request: SeatRequestRecord; changed: boolean };

export interface ClaimContext {
  meta: SessionMeta;
  seat: Participant | undefined;
  panelistId: string;
  deviceTokenHash: string;
  /** null: no invite presented; otherwise whether it is the seat's current invite. */
  inviteValid: boolean | null;
  /** This device's latest request, if it has one. */
  ownRequest: SeatRequestRecord | undefined;
  now: number;
  newRequestId: () => string;
}

export function claimSeat(ctx: ClaimContext): Result<ClaimDecision> {
  const { meta, seat, panelistId, deviceTokenHash, now } = ctx;
  if (!meta.panelists.some((p) => p.id === panelistId)) return fail('panelist_not_found', 'No such panelist in this session.');
  if (seat?.deviceTokenHash === deviceTokenHash) return ok({ kind: 'seated', seat, changed: false });
  if (ctx.inviteValid === false) {
    return fail('invite_invalid', 'This invite link has been replaced. Ask the moderator for the new one, or ask to be admitted.');
  }
  if (ctx.inviteValid && !seat?.deviceTokenHash) {
    // A seat released by the moderator keeps its pledge; the new device takes it over.
    return ok({ kind: 'seated', seat: takeSeat(seat, panelistId, deviceTokenHash, now), changed: true });
  }
  const own = ctx.ownRequest;
  if (own && own.panelistId === panelistId && own.state === 'pending') return ok({ kind: 'request', request: own, changed: false });
  return ok({ kind: 'request', request: { id: ctx.newRequestId(), panelistId, deviceTokenHash, state: 'pending', at: now }, changed: true });
}

/** The seat as held by a new device (its pledge, if any, stays with the seat). */
export function takeSeat(seat: Participant | undefined, panelistId: string, deviceTokenHash: string, now: number): Participant {
  return { panelistId, deviceTokenHash, claimedAt: now, drafting: false, pledgeId: seat?.pledgeId ?? null };
}

/** A moderator answers a pending request: admitting moves the seat to the request's device. */
export function answerRequest(
  request: SeatRequestRecord | undefined,
  seat: Participant | undefined,
  admit: boolean,
  now: number,
): Result<{ request: SeatRequestRecord; seat: Participant | null; displaced: string | null }> {
  if (!request || request.state !== 'pending') return fail('request_not_found', 'This request has already been answered or withdrawn.');
  if (!admit) return ok({ request: { ...request, state: 'refused' }, seat: null, displaced: null });
  const displaced = seat?.deviceTokenHash && seat.deviceTokenHash !== request.deviceTokenHash ? seat.deviceTokenHash : null;
  return ok({
    request: { ...request, state: 'admitted' },
    seat: takeSeat(seat, request.panelistId, request.deviceTokenHash, now),
    displaced,
  });
}

/** A request as moderators and its phone see it (without the device's digest). */
export function publicRequest(request: SeatRequestRecord, seat: Participant | undefined): SeatRequest {
  return {
    id: request.id,
    panelistId: request.panelistId,
    seatTaken: Boolean(seat?.deviceTokenHash) && seat?.deviceTokenHash !== request.deviceTokenHash,
    state: request.state,
    at: request.at,
  };
}
