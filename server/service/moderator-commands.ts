import { NUDGE_REPEAT_MS } from '../../shared/domain';
import type { PanelInvite, ReleaseReason } from '../../shared/protocol';
import type { Actor, Round } from '../../shared/schemas';
import { panelEntry } from '../domain/panel';
import { decodeDeviceRef, type Participant, type SeatRequestRecord } from '../domain/records';
import { fail, type Result } from '../domain/result';
import * as rounds from '../domain/round';
import { answerRequest, publicRequest } from '../domain/seats';
import { newSecret } from '../security';
import { fields } from '../store/fields';
import type { SessionStore, Write } from '../store/types';
import { decode, decodeMeta, decodeRound, encode } from './codec';
import { panelDelta } from './deltas';
import type { Fanout } from './fanout';
import { notFound, type CommitPipeline } from './pipeline';
import type { Principal } from './principal';
import type { RoundTimers } from './round-timers';
import { noStageChange, speakerCleared, spotlightCleared, type StageChange } from './stage-commands';

const seatFree = fail('seat_free', 'No phone holds this seat now.');

/** What moderators do to the round and the panel. Every command is checked against the link's key. */
export class ModeratorCommands {
  constructor(
    private readonly store: SessionStore,
    private readonly pipeline: CommitPipeline,
    private readonly fanout: Fanout,
    private readonly clock: () => number,
    private readonly timers: RoundTimers,
  ) {}

  // ---------- the round ----------

  /**
   * Opens the round, or opens it again: a new collection begins, so a spotlight left on from
   * before is cleared in the same commit and walls on "Automatic" show the grid and the join code.
   */
  openRound(principal: Principal, cmd: { prompt?: string; countdownSeconds?: number | null; autoClose?: boolean } & rounds.RoundSettings) {
    return this.roundCommand(principal, (round, now) => rounds.openRound(round, cmd, now), (r) => ({ action: 'open', detail: r.prompt }), spotlightCleared);
  }

  lastCall(principal: Principal) {
    return this.roundCommand(principal, (round, now) => rounds.lastCall(round, now), () => ({ action: 'last-call' }));
  }

  /**
   * Closes a round whose countdown was to close it and has ended; nothing when it has not (a
   * moderator changed the countdown or closed the round meanwhile). Run by a timer, or by a
   * snapshot that finds the round overdue; the activity log names the countdown. Like a
   * moderator's close, it ends the called speaker's turn in the same commit.
   */
  closeOverdue(sessionId: string) {
    return this.roundCommand(
      { sessionId, role: 'moderator', deviceTokenHash: null, seat: null, moderator: null, reactor: null },
      (round, now) => rounds.closeOverdue(round, now),
      () => ({ action: 'close', actor: { role: 'countdown' } }),
      speakerCleared,
    );
  }

  /** Closes the round; the speaker called is no longer speaking (walls stop saying so), in the same commit. */
  closeRound(principal: Principal) {
    return this.roundCommand(principal, (round, now) => rounds.closeRound(round, now), () => ({ action: 'close' }), speakerCleared);
  }

  setPrompt(principal: Principal, prompt: string) {
    return this.roundCommand(principal, (round, now) => rounds.setPrompt(round, prompt, now), (r) => ({ action: 'prompt', detail: r.prompt }));
  }

  setCountdown(principal: Principal, seconds: number | null, autoClose?: boolean) {
    return this.roundCommand(
      principal,
      (round, now) => rounds.setCountdown(round, seconds, now, autoClose),
      (r) => ({ action: 'countdown', detail: seconds === null ? '' : `${seconds}${r.autoClose ? ' auto-close' : ''}` }),
    );
  }

  changeSettings(principal: Principal, settings: rounds.RoundSettings) {
    return this.roundCommand(
      principal,
      (round, now) => rounds.changeSettings(round, settings, now),
      (r) => ({ action: 'settings', detail: `${r.pledgers} ${r.moderation}` }),
    );
  }

  private roundCommand(
    principal: Principal,
    rule: (round: Round, now: number) => Result<Round>,
    logged: (next: Round) => { action: 'open' | 'close' | 'prompt' | 'countdown' | 'settings' | 'last-call'; detail?: string; actor?: Actor },
    /** What the change does to the stage too, in the same commit (opening: no spotlight; closing: no speaker). */
    onStage?: (rawStage: string | null | undefined, now: number) => StageChange,
  ): Promise<Result<{ round: Round }>> {
    const names = onStage ? [fields.round, fields.stage] : [fields.round];
    return this.pipeline.mutate(principal, principal.sessionId, names, ([rawRound, rawStage]) => {
      const round = decodeRound(rawRound);
      if (!round) return notFound;
      const now = this.clock();
      const next = rule(round, now);
      if (!next.ok) return next;
      if (next.value === round) return { ok: true, value: { expect: [], writes: [], value: { round } } };
      const stage = onStage ? onStage(rawStage, now) : noStageChange;
      return {
        ok: true,
        value: {
          expect: [{ field: fields.round, value: rawRound ?? null }, ...stage.expect],
          writes: [{ field: fields.round, value: encode(next.value) }, ...stage.writes],
          value: { round: next.value },
          deltas: [{ to: [{ kind: 'readers' }, { kind: 'moderators' }, { kind: 'phones' }], delta: { kind: 'round', round: next.value } }, ...stage.deltas],
          activity: { subject: '', ...logged(next.value) },
          after: () => this.timers.schedule(principal.sessionId, next.value),
        },
      };
    });
  }

  // ---------- the panel ----------

  /**
   * Reminds one joined panelist (their phone buzzes); logged, so both consoles see it. The seat
   * keeps when; a second nudge before NUDGE_REPEAT_MS has passed is refused and changes nothing.
   */
  async nudge(principal: Principal, panelistId: string): Promise<Result<object>> {
    const seatField = fields.participant(panelistId);
    return this.pipeline.mutate(principal, principal.sessionId, [fields.meta, seatField], ([rawMeta, rawSeat]) => {
      const name = panelistName(rawMeta, panelistId);
      if (name === null) return fail('panelist_not_found', 'No such panelist in this session.');
      const seat = decode<Participant>(rawSeat);
      if (!seat?.deviceTokenHash) return seatFree;
      const now = this.clock();
      const wait = (seat.nudgedAt ?? -Infinity) + NUDGE_REPEAT_MS - now;
      if (wait > 0) return fail('nudge_too_soon', `This panelist was nudged moments ago; nudge again in ${Math.ceil(wait / 1000)} s.`);
      return {
        ok: true,
        value: {
          expect: [{ field: seatField, value: rawSeat ?? null }],
          writes: [{ field: seatField, value: encode({ ...seat, nudgedAt: now }) }],
          value: {},
          activity: { action: 'nudge', subject: name, panelistId },
          after: () => this.fanout.notify(principal.sessionId, { kind: 'participant', participantId: panelistId }, 'panelist:nudged', { at: now }),
        },
      };
    });
  }

  /** Frees a seat so the panelist can join from another device; their pledge stays theirs. */
  async release(principal: Principal, panelistId: string): Promise<Result<object>> {
    return this.pipeline.mutate(principal, principal.sessionId, [fields.meta, fields.participant(panelistId)], ([rawMeta, rawSeat]) => {
      const seat = decode<Participant>(rawSeat);
      if (!seat?.deviceTokenHash) return seatFree;
      // A released seat that holds a pledge keeps it (the panel still shows "submitted" and a
      // second pledge is refused) but no device; the next device to take the seat may edit it.
      const next = seat.pledgeId ? { ...seat, deviceTokenHash: '', drafting: false } : undefined;
      return {
        ok: true,
        value: {
          expect: [{ field: fields.participant(panelistId), value: rawSeat ?? null }],
          writes: [
            { field: fields.participant(panelistId), value: next ? encode(next) : null },
            { field: fields.device(seat.deviceTokenHash), value: null },
          ],
          value: {},
          deltas: [panelDelta(panelEntry(panelistId, next))],
          activity: { action: 'release', subject: panelistName(rawMeta, panelistId) ?? '' },
          after: () => this.dropDevice(principal.sessionId, seat.deviceTokenHash, panelistId, 'released'),
        },
      };
    });
  }

  /** Whether the phone that asked for a seat still has a connection open, on any process. */
  private async stillConnected(sessionId: string, deviceTokenHash: string): Promise<Result<unknown>> {
    if (await this.fanout.connected(sessionId, { kind: 'device', deviceTokenHash })) return { ok: true, value: null };
    return fail('request_device_gone', 'The phone that asked for this seat is no longer connected; admitting it would sign out the device that holds the seat.');
  }

  /** Tells a device it lost its seat (released, or moved to another device) and takes it out of the seat's room. */
  private dropDevice(sessionId: string, deviceTokenHash: string, panelistId: string, reason: ReleaseReason) {
    const device = { kind: 'device', deviceTokenHash } as const;
    this.fanout.notify(sessionId, device, 'panelist:released', { panelistId, reason });
    this.fanout.leaveSeat(sessionId, device, panelistId);
  }

  /** Every panelist's invite token (made now for a seat that has none). */
  async invites(principal: Principal): Promise<Result<{ invites: PanelInvite[] }>> {
    const meta = await this.meta(principal.sessionId);
    if (!meta) return notFound;
    const ids = meta.panelists.map((p) => p.id);
    return this.pipeline.mutate(principal, principal.sessionId, ids.map(fields.invite), (raw) => {
      const writes: Write[] = [];
      const invites = ids.map((panelistId, i) => {
        const token = decode<string>(raw[i]) ?? newSecret();
        if (!raw[i]) writes.push({ field: fields.invite(panelistId), value: encode(token) });
        return { panelistId, token };
      });
      const expect = writes.map((w) => ({ field: w.field, value: null }));
      return { ok: true, value: { expect, writes, value: { invites } } };
    });
  }

  /** A new invite link for one panelist: the old link stops working; a seat already taken stays. */
  async reinvite(principal: Principal, panelistId: string): Promise<Result<{ invite: PanelInvite }>> {
    const token = newSecret();
    return this.pipeline.mutate(principal, principal.sessionId, [fields.meta], ([rawMeta]) => {
      const name = panelistName(rawMeta, panelistId);
      if (name === null) return fail('panelist_not_found', 'No such panelist in this session.');
      return {
        ok: true,
        value: {
          expect: [],
          writes: [{ field: fields.invite(panelistId), value: encode(token) }],
          value: { invite: { panelistId, token } },
          activity: { action: 'invite', subject: name },
        },
      };
    });
  }

  admit(principal: Principal, requestId: string) {
    return this.answer(principal, requestId, true);
  }

  refuse(principal: Principal, requestId: string) {
    return this.answer(principal, requestId, false);
  }

  /** Admits a waiting phone to its seat (any device holding it is released) or refuses it. */
  private async answer(principal: Principal, requestId: string, admit: boolean): Promise<Result<object>> {
    const got = await this.store.getFields(principal.sessionId, [fields.request(requestId)]);
    if (!got) return notFound;
    const pending = decode<SeatRequestRecord>(got[0]);
    if (!pending) return fail('request_not_found', 'This request has already been answered or withdrawn.');
    const { panelistId } = pending;
    const names = [fields.request(requestId), fields.participant(panelistId), fields.meta, fields.device(pending.deviceTokenHash)];
    return this.pipeline.mutate(principal, principal.sessionId, names, ([rawRequest, rawSeat, rawMeta, rawDevice]) => {
      const seat = decode<Participant>(rawSeat);
      const holds = decodeDeviceRef(decode(rawDevice));
      if (admit && holds?.kind === 'panelist' && holds.id !== panelistId) {
        return fail('panelist_taken', 'This phone has meanwhile taken another panelist’s seat.');
      }
      const answered = answerRequest(decode<SeatRequestRecord>(rawRequest), seat, admit, this.clock());
      if (!answered.ok) return answered;
      const { request, seat: nextSeat, displaced } = answered.value;
      const shown = publicRequest(request, seat);
      const writes: Write[] = [{ field: fields.request(requestId), value: encode(request) }];
      if (nextSeat) {
        writes.push({ field: fields.participant(panelistId), value: encode(nextSeat) });
        writes.push({ field: fields.device(request.deviceTokenHash), value: encode({ kind: 'panelist', id: panelistId }) });
        if (displaced) writes.push({ field: fields.device(displaced), value: null });
      }
      return {
        ok: true,
        value: {
          expect: [
            { field: fields.request(requestId), value: rawRequest ?? null },
            { field: fields.participant(panelistId), value: rawSeat ?? null },
            { field: fields.device(pending.deviceTokenHash), value: rawDevice ?? null },
          ],
          writes,
          value: {},
          deltas: [
            { to: [{ kind: 'moderators' }], delta: { kind: 'request', request: shown } },
            ...(nextSeat ? [panelDelta(panelEntry(panelistId, nextSeat))] : []),
          ],
          activity: { action: admit ? 'admit' : 'refuse', subject: panelistName(rawMeta, panelistId) ?? '', detail: shown.seatTaken ? 'new-device' : '' },
          // Admitting over a device that holds the seat is for a phone that is there to take it.
          before: displaced ? () => this.stillConnected(principal.sessionId, request.deviceTokenHash) : undefined,
          after: () => {
            if (displaced) this.dropDevice(principal.sessionId, displaced, panelistId, 'moved');
            this.fanout.notify(principal.sessionId, { kind: 'device', deviceTokenHash: request.deviceTokenHash }, 'seat:answered', { request: shown });
          },
        },
      };
    });
  }

  private async meta(sessionId: string) {
    const got = await this.store.getFields(sessionId, [fields.meta]);
    return got ? decodeMeta(got[0]) : undefined;
  }
}

/** A panelist's name from the stored meta; null when the session has no such panelist. */
export function panelistName(rawMeta: string | null | undefined, panelistId: string): string | null {
  return decodeMeta(rawMeta)?.panelists.find((p) => p.id === panelistId)?.name ?? null;
}
