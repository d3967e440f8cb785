import { MODERATOR_SEATS } from '../../shared/domain';
import { PROTOCOL_VERSION, type ReactionFrame, type SessionSnapshot } from '../../shared/protocol';
import type { Pledge } from '../../shared/schemas';
import { panelEntries } from '../domain/panel';
import { publicView } from '../domain/registry';
import { decodeDeviceRef, sessionInfo, type DeviceRef } from '../domain/records';
import { fail, type Result } from '../domain/result';
import { overdue } from '../domain/round';
import { publicRequest } from '../domain/seats';
import { hashSecret, secretsEqual } from '../security';
import { fields } from '../store/fields';
import type { SessionStore } from '../store/types';
import { decode, decodeMeta, decodeRound, loadEvent, type SessionDoc } from './codec';
import { countAudience, onWalls, readerSession, shownMember } from './deltas';
import type { DocCache } from './doc-cache';
import { moderatorKeyCurrent, notFound } from './pipeline';
import type { Principal } from './principal';

export type HandshakeAuth =
  | { role: 'moderator'; sessionId: string; key: string }
  | { role: 'phone'; sessionId: string; deviceToken: string }
  | { role: 'wall'; sessionId: string; viewerToken?: string };

/** Who a connection is (the handshake) and what it may see (snapshots). */
export class SessionReader {
  constructor(
    private readonly store: SessionStore,
    private readonly docs: DocCache,
    private readonly clock: () => number,
    /** Asks for the close of a round whose countdown ended (see RoundTimers). */
    private readonly onOverdue: (sessionId: string) => void = () => undefined,
  ) {}

  async authenticate(auth: HandshakeAuth): Promise<Result<Principal>> {
    const names = auth.role === 'phone' ? [fields.meta, fields.device(hashSecret(auth.deviceToken))] : [fields.meta, ...MODERATOR_SEATS.map(fields.moderatorKey)];
    const got = await this.store.getFields(auth.sessionId, names);
    const meta = got ? decodeMeta(got[0]) : undefined;
    if (!got || !meta) return notFound;
    const principal: Principal = { sessionId: meta.id, role: auth.role, deviceTokenHash: null, seat: null, moderator: null, reactor: null };
    if (auth.role === 'moderator') {
      const keyHash = hashSecret(auth.key);
      const seat = MODERATOR_SEATS.find((s, i) => {
        const key = decode<string>(got[i + 1]);
        if (key) return secretsEqual(auth.key, key);
        // A session stored before there were two links: its one key is the onsite moderator's.
        return s === 'onsite' && !!meta.moderatorKeyHash && secretsEqual(keyHash, meta.moderatorKeyHash);
      });
      if (!seat) return fail('unauthorized', 'This moderator link is not valid (it may have been replaced).');
      return { ok: true, value: { ...principal, moderator: { seat, keyHash } } };
    }
    if (auth.role === 'phone') {
      const ref = decodeDeviceRef(decode(got[1]));
      const seat = ref && ref.kind !== 'request' ? { kind: ref.kind, id: ref.id } : null;
      const deviceTokenHash = hashSecret(auth.deviceToken);
      return { ok: true, value: { ...principal, deviceTokenHash, seat, reactor: deviceTokenHash } };
    }
    // An online viewer's wall supports as the digest of its token, exactly as a phone presenting
    // that token would: the same browser on either page is one supporter, and nobody supports as
    // anyone else without holding their secret.
    return { ok: true, value: auth.viewerToken ? { ...principal, reactor: hashSecret(auth.viewerToken) } : principal };
  }

  /**
   * Whether a connection's credentials still hold what they held at its handshake: a moderator's
   * link is still current, a phone still holds its seat or membership. A connection Socket.IO
   * would resume must pass this, or it starts over through the handshake.
   */
  async stillValid(principal: Principal): Promise<boolean> {
    const { moderator: mod, seat, deviceTokenHash } = principal;
    if (mod) {
      const got = await this.store.getFields(principal.sessionId, [fields.moderatorKey(mod.seat)]);
      return !!got && moderatorKeyCurrent(this.store, principal.sessionId, got[0], mod);
    }
    if (seat && deviceTokenHash) {
      const got = await this.store.getFields(principal.sessionId, [fields.device(deviceTokenHash)]);
      const ref = got ? decodeDeviceRef(decode(got[0])) : undefined;
      return ref?.kind === seat.kind && ref.id === seat.id;
    }
    return true;
  }

  /**
   * The session's seq, for a connection that needs no snapshot (it is up to date, or Socket.IO
   * recovered it). After a restart every client comes back this way, so the round is looked at
   * too: one whose countdown was to close it and has ended is closed now, as a snapshot would.
   */
  async currentSeq(sessionId: string): Promise<number | null> {
    const got = await this.store.getFields(sessionId, [fields.seq, fields.round]);
    if (!got) return null;
    const round = decodeRound(got[1]);
    if (round && overdue(round, this.clock())) this.onOverdue(sessionId);
    return Number(got[0]);
  }

  /** The session's pending seat requests (of one device, when given), with the device that asked. */
  async pendingRequests(sessionId: string, deviceTokenHash?: string): Promise<{ id: string; deviceTokenHash: string }[]> {
    const doc = await this.docs.load(sessionId);
    if (!doc) return [];
    return [...doc.requests.values()]
      .filter((r) => r.state === 'pending' && (deviceTokenHash === undefined || r.deviceTokenHash === deviceTokenHash))
      .map(({ id, deviceTokenHash: device }) => ({ id, deviceTokenHash: device }));
  }

  async snapshot(principal: Principal): Promise<Result<SessionSnapshot>> {
    const [doc, reactions, reacted] = await Promise.all([
      this.docs.load(principal.sessionId),
      this.store.reactionCounts(principal.sessionId),
      principal.reactor ? this.store.reactedBy(principal.sessionId, principal.reactor) : Promise.resolve([]),
    ]);
    if (!doc) return notFound;
    const eventId = doc.meta.eventId;
    const languages = (principal.role === 'wall' || principal.role === 'moderator') && eventId ? ((await loadEvent(this.store, eventId))?.languages ?? []) : [];
    // A round its countdown was to close: the close is committed now (the timer that would have
    // done it may have been on a process that stopped); this snapshot still shows it open.
    if (overdue(doc.round, this.clock())) this.onOverdue(principal.sessionId);
    const device = principal.deviceTokenHash;
    // A phone whose seat was released since it connected is treated as a fresh phone.
    const seatRecord = principal.seat?.kind === 'panelist' ? doc.participants.get(principal.seat.id) : undefined;
    const panelistId = seatRecord && device && seatRecord.deviceTokenHash === device ? seatRecord.panelistId : null;
    const member = principal.seat?.kind === 'audience' ? doc.audience.get(principal.seat.id) : undefined;
    const audience = member && member.deviceTokenHash === device ? shownMember(member) : null;
    const ownId = panelistId ?? audience?.id ?? null;
    // An online viewer's wall presents its browser's secret: it is told the seat or membership that
    // secret holds (its phone page's), only so that it offers no support on that one's pledge.
    const viewerHolds = principal.role === 'wall' && principal.reactor ? heldBy(doc, principal.reactor) : undefined;
    const viewerMember = viewerHolds?.kind === 'audience' ? doc.audience.get(viewerHolds.id) : undefined;
    const moderator = principal.role === 'moderator';
    // A withdrawn request is no longer the phone's business; the latest other one is.
    const asked = [...doc.requests.values()].filter((r) => r.deviceTokenHash === device && r.state !== 'withdrawn');
    const ownRequest = device && !panelistId ? latest(asked) : undefined;
    // Moderators see every pledge; walls and the audience the public view of the visible public
    // ones; a phone its own too, with its history.
    const mine = (p: Pledge) => ownId !== null && p.participantId === ownId;
    const reads = principal.role !== 'phone' || !!audience;
    const shared = sharedView(doc);
    const pledges = moderator
      ? doc.pledges
      : ownId === null
        ? reads
          ? shared.publicPledges
          : []
        : doc.pledges.filter((p) => mine(p) || (reads && onWalls(p))).map((p) => (mine(p) ? p : publicView(p)));
    return {
      ok: true,
      value: {
        protocol: PROTOCOL_VERSION,
        seq: doc.seq,
        session: moderator ? shared.session : shared.readerSession,
        round: doc.round,
        panel: shared.panel,
        pledges,
        audience: shared.audience,
        requests: moderator ? [...doc.requests.values()].map((r) => publicRequest(r, doc.participants.get(r.panelistId))) : [],
        audienceMembers: moderator ? [...doc.audience.values()].map(shownMember) : [],
        activity: moderator ? doc.activity : [],
        stage: doc.stage,
        languages,
        // Consoles see every count; others the counts of the pledges this snapshot shows them.
        reactions: moderator ? reactions : shownCounts(reactions, pledges),
        you: {
          role: principal.role,
          panelistId: panelistId ?? (viewerHolds?.kind === 'panelist' ? viewerHolds.id : null),
          audience: audience ?? (viewerMember ? shownMember(viewerMember) : null),
          request: ownRequest ? publicRequest(ownRequest, doc.participants.get(ownRequest.panelistId)) : null,
          moderator: principal.moderator ? { seat: principal.moderator.seat } : null,
          reacted,
        },
        serverNow: this.clock(),
      },
    };
  }
}

/** The counts of the given pledges only (a hidden or pending pledge's id stays with the consoles). */
function shownCounts(frame: ReactionFrame, pledges: Pledge[]): ReactionFrame {
  const counts: ReactionFrame['counts'] = {};
  for (const p of pledges) if (Object.hasOwn(frame.counts, p.id)) counts[p.id] = frame.counts[p.id]!;
  return { v: frame.v, counts };
}

const latest = <T extends { at: number }>(items: T[]): T | undefined => items.sort((a, b) => b.at - a.at)[0];

/** What every snapshot of one decoded document shares; thousands of walls joining compute it once. */
interface SharedView {
  session: SessionSnapshot['session'];
  /** The same for walls and phones: without the policy questions, which only consoles show. */
  readerSession: SessionSnapshot['session'];
  panel: SessionSnapshot['panel'];
  audience: SessionSnapshot['audience'];
  /** The visible public pledges as walls and the audience see them (no history). */
  publicPledges: Pledge[];
}

const sharedViews = new WeakMap<SessionDoc, SharedView>();

function sharedView(doc: SessionDoc): SharedView {
  let view = sharedViews.get(doc);
  if (!view) {
    const session = sessionInfo(doc.meta);
    view = {
      session,
      readerSession: readerSession(session),
      panel: panelEntries(doc.meta, doc.participants),
      audience: countAudience(doc.audience.values()),
      publicPledges: doc.pledges.filter(onWalls).map(publicView),
    };
    sharedViews.set(doc, view);
  }
  return view;
}

const holders = new WeakMap<SessionDoc, Map<string, DeviceRef>>();

/** The seat or audience membership a device (its secret's digest) holds in a document, indexed once per document. */
function heldBy(doc: SessionDoc, device: string): DeviceRef | undefined {
  let index = holders.get(doc);
  if (!index) {
    index = new Map();
    for (const p of doc.participants.values()) index.set(p.deviceTokenHash, { kind: 'panelist', id: p.panelistId });
    for (const m of doc.audience.values()) index.set(m.deviceTokenHash, { kind: 'audience', id: m.id });
    holders.set(doc, index);
  }
  return index.get(device);
}
