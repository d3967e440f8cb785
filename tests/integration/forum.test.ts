import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { applyFrame, emptyModel, mergeSnapshot, shownEntries } from '../../client/store/forum';
import type { ForumClientToServerEvents, ForumDelta, ForumFrame, ForumServerToClientEvents, ForumSnapshot } from '../../shared/forum';
import type { Pledge } from '../../shared/schemas';
import { refusedHandshake } from '../helpers/clients';
import { samplePledge } from '../helpers/pledges';
import { audiencePhone, pledgeFor, seatedPhone, setupSession } from '../helpers/round';
import { createEvent, PANEL, serverSuite, startServer } from '../helpers/server';

type ForumSocket = Socket<ForumServerToClientEvents, ForumClientToServerEvents>;

/** A forum wall as a socket.io client of the `/forum` namespace, recording what it hears. */
class ForumClient {
  readonly socket: ForumSocket;
  readonly states: ForumSnapshot[] = [];
  readonly frames: ForumFrame[] = [];
  private waiters: (() => void)[] = [];

  constructor(url: string, eventId: string) {
    this.socket = io(`${url}/forum`, { auth: { eventId }, transports: ['websocket'], forceNew: true, reconnectionDelay: 50 });
    this.socket.on('forum:state', (s) => this.heard(() => this.states.push(s)));
    this.socket.on('forum:deltas', (f) => this.heard(() => this.frames.push(f)));
  }

  private heard(record: () => void) {
    record();
    this.waiters.forEach((w) => w());
  }

  /** Resolves once `check` holds (checked now and after every message). */
  until<T>(check: () => T | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
      const test = () => {
        const got = check();
        if (!got) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== test);
        resolve(got);
      };
      this.waiters.push(test);
      test();
    });
  }

  state(): Promise<ForumSnapshot> {
    return this.until(() => this.states.at(-1), 'forum:state');
  }

  deltas(): ForumDelta[] {
    return this.frames.flatMap((f) => f.deltas);
  }

  /** The first pledge delta for this pledge text (already heard or to come). */
  pledge(text: string): Promise<ForumDelta & { kind: 'pledge' }> {
    const find = () => this.deltas().find((d): d is ForumDelta & { kind: 'pledge' } => d.kind === 'pledge' && d.pledge.text === text);
    return this.until(find, `a pledge delta "${text}"`);
  }

  sync(): Promise<ForumSnapshot> {
    return this.socket
      .timeout(5000)
      .emitWithAck('forum:sync')
      .then((res) => {
        if (!res.ok) throw new Error(`forum:sync refused: ${JSON.stringify(res)}`);
        return res.snapshot;
      });
  }

  close() {
    this.socket.disconnect();
  }
}

const text = (what: string) => `We will ${what} before the next IGF and report on it.`;

describe('the forum wall', () => {
  const suite = serverSuite();
  const { clients } = suite;
  const track = <T extends { close(): void }>(c: T) => (clients.push(c), c);
  const url = () => suite.server.url;

  /** An event with three sessions, each round open to the panel and the audience (audience pledges wait for a moderator). */
  async function forumEvent() {
    const event = await createEvent(url(), { name: 'IGF 2025', startDate: '2025-06-23', endDate: '2025-06-27', themes: ['Data', 'Trust'] });
    const sessions = [];
    for (const code of ['WS #1', 'WS #2', 'OF #3']) {
      const s = await setupSession(suite.server, { ...PANEL, code, title: `Session ${code}`, eventId: event.id });
      track(s.moderator);
      await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
      sessions.push(s);
    }
    return { event, sessions };
  }

  /** A panelist of the session seated on a socket phone, submitting a pledge; answers the stored pledge. */
  async function panelistPledge(sessionId: string, panelistId: string, words: string, extra: Record<string, unknown> = {}): Promise<Pledge> {
    const { phone } = await seatedPhone(url(), sessionId, panelistId);
    track(phone);
    return (await phone.sendOk('pledge:submit', { ...pledgeFor(text(words)), ...extra })).pledge as Pledge;
  }

  test('receives pledges from three sessions and never a record-only, pending or hidden one', async () => {
    const { event, sessions } = await forumEvent();
    const [a, b, c] = sessions as [(typeof sessions)[number], (typeof sessions)[number], (typeof sessions)[number]];
    const elsewhere = await setupSession(suite.server, { ...PANEL, code: 'WS #9', title: 'Not in the event' });
    track(elsewhere.moderator);
    await elsewhere.moderator.sendOk('round:open', {});

    const forum = track(new ForumClient(url(), event.id));
    const first = await forum.state();
    expect(first.event).toMatchObject({ id: event.id, name: 'IGF 2025', startDate: '2025-06-23', themes: event.themes });
    expect(first.sessions.map((s) => s.code)).toEqual(['OF #3', 'WS #1', 'WS #2']);
    expect(first.pledges).toEqual([]);

    // Public, visible pledges of all three sessions arrive, tagged with their session and its seq.
    const shown = [
      await panelistPledge(a.created.sessionId, a.panelists[0]!.id, 'open our measurement data', { themes: ['data'] }),
      await panelistPledge(b.created.sessionId, b.panelists[0]!.id, 'fund two community networks'),
      await panelistPledge(c.created.sessionId, c.panelists[0]!.id, 'translate our guidelines', { themes: ['trust'] }),
    ];
    for (const p of shown) {
      const d = await forum.pledge(p.text);
      expect(d).toMatchObject({ sessionId: p.sessionId, pledge: { id: p.id, edits: [], rejectReason: null } });
      expect(d.seq).toBeGreaterThan(first.sessions.find((s) => s.id === p.sessionId)!.seq);
    }

    // What the forum must never hear of: a record-only pledge, an audience pledge waiting for a
    // moderator (then rejected), a session outside the event; a shown pledge hidden is removed.
    await panelistPledge(a.created.sessionId, a.panelists[1]!.id, 'keep this in the record only', { visibility: 'record' });
    const member = await audiencePhone(url(), b.created.sessionId, { presence: 'online', name: 'Ama' });
    track(member.phone);
    const pending = (await member.phone.sendOk('pledge:submit', pledgeFor(text('host a local IGF')))).pledge as Pledge;
    expect(pending.status).toBe('pending');
    await b.moderator.sendOk('pledge:reject', { pledgeId: pending.id, reason: 'Off topic' });
    await panelistPledge(elsewhere.created.sessionId, elsewhere.panelists[0]!.id, 'stay out of the forum');
    const toHide = await panelistPledge(c.created.sessionId, c.panelists[1]!.id, 'be shown and then hidden');
    await forum.pledge(toHide.text);
    await c.moderator.sendOk('pledge:hide', { pledgeId: toHide.id });
    await forum.until(() => forum.deltas().find((d) => d.kind === 'pledge-removed' && d.pledgeId === toHide.id), 'the removal');
    // A moderator's typo fix reaches the forum as the current text only.
    const fixed = await a.moderator.sendOk('pledge:fix', { pledgeId: shown[0]!.id, text: text('open all our measurement data'), basedOn: shown[0]!.updatedAt });
    const fix = await forum.pledge(text('open all our measurement data'));
    expect(fix.pledge).toMatchObject({ id: shown[0]!.id, edits: [], updatedBy: { role: 'author' } });
    expect((fixed.pledge as Pledge).edits.length).toBe(1);
    // Frames come in commit order from one process: a last pledge marks the end of the run.
    const last = await panelistPledge(b.created.sessionId, b.panelists[1]!.id, 'close the round with a last pledge');
    await forum.pledge(last.text);

    const heard = forum.deltas().flatMap((d) => (d.kind === 'pledge' ? [d.pledge.text] : []));
    for (const never of ['keep this in the record only', 'host a local IGF', 'stay out of the forum']) {
      expect(heard).not.toContain(text(never));
    }
    expect(forum.deltas().every((d) => d.kind !== 'pledge' || (d.pledge.visibility === 'public' && d.pledge.status === 'visible'))).toBe(true);
    expect(new Set(forum.deltas().map((d) => d.sessionId))).toEqual(new Set(sessions.map((s) => s.created.sessionId)));

    // A wall that opens now, or asks again, gets the same: the shown pledges, newest first, public view only.
    const later = track(new ForumClient(url(), event.id));
    const state = await later.state();
    const expected = [last.id, shown[2]!.id, shown[1]!.id, shown[0]!.id];
    expect(state.pledges.map((p) => p.id)).toEqual(expected);
    expect(state.pledges.every((p) => p.edits.length === 0 && p.rejectReason === null)).toBe(true);
    expect(state.pledges.find((p) => p.id === shown[0]!.id)!.text).toBe(text('open all our measurement data'));
    expect((await later.sync()).pledges.map((p) => p.id)).toEqual(expected);

    // The client's model of the first wall, from its first snapshot and its frames, shows the same.
    let model = mergeSnapshot(emptyModel(), first);
    for (const frame of forum.frames) model = applyFrame(model, frame, Date.now()).model;
    expect(new Set(shownEntries(model).map((e) => e.pledge.id))).toEqual(new Set(expected));
  });

  test('an approved audience pledge arrives once approved, and a hidden one comes back when shown again', async () => {
    const { event, sessions } = await forumEvent();
    const [a] = sessions;
    const forum = track(new ForumClient(url(), event.id));
    await forum.state();
    const member = await audiencePhone(url(), a!.created.sessionId, { presence: 'onsite', name: 'Kofi' });
    track(member.phone);
    const pending = (await member.phone.sendOk('pledge:submit', pledgeFor(text('mentor three young fellows')))).pledge as Pledge;
    const approved = await a!.moderator.sendOk('pledge:approve', { pledgeId: pending.id, basedOn: pending.updatedAt });
    const arrived = await forum.pledge(pending.text);
    expect(arrived.pledge).toMatchObject({ status: 'visible', presence: 'onsite', name: 'Kofi' });
    await a!.moderator.sendOk('pledge:hide', { pledgeId: pending.id });
    const removed = await forum.until(() => forum.deltas().find((d) => d.kind === 'pledge-removed'), 'the removal');
    expect(removed.seq).toBeGreaterThan(arrived.seq);
    await a!.moderator.sendOk('pledge:unhide', { pledgeId: pending.id });
    await forum.until(() => forum.deltas().filter((d) => d.kind === 'pledge' && d.pledge.id === pending.id).length === 2, 'shown again');
    expect((approved.pledge as Pledge).status).toBe('visible');
  });

  test('a forum wall on another server process gets pledges committed on the first', async () => {
    const other = await startServer({ prefix: suite.server.prefix });
    try {
      const { event, sessions } = await forumEvent();
      const onB = track(new ForumClient(other.url, event.id));
      const onA = track(new ForumClient(url(), event.id));
      await Promise.all([onB.state(), onA.state()]);
      const pledges = [];
      for (const s of sessions) pledges.push(await panelistPledge(s.created.sessionId, s.panelists[0]!.id, `share what ${s.created.sessionId} learned`));
      for (const p of pledges) {
        expect(await onB.pledge(p.text)).toMatchObject({ sessionId: p.sessionId, pledge: { id: p.id } });
        await onA.pledge(p.text);
      }
      // Each forum wall hears each pledge once: B's frames come from A only, through the adapter.
      for (const wall of [onA, onB]) expect(wall.deltas().filter((d) => d.kind === 'pledge').length).toBe(3);
    } finally {
      await other.close();
    }
  });

  test('a connection that drops gets what it missed and the whole state again when it is back', async () => {
    const { event, sessions } = await forumEvent();
    const [a, b] = sessions;
    const forum = track(new ForumClient(url(), event.id));
    await forum.state();
    const before = await panelistPledge(a!.created.sessionId, a!.panelists[0]!.id, 'say so before the drop');
    await forum.pledge(before.text);
    // The transport drops; a pledge is made while the wall is away (it stays away until then).
    const server = suite.server.app.io.of('/forum').sockets.get(forum.socket.id!)!;
    const gone = new Promise((resolve) => server.once('disconnect', resolve));
    forum.socket.io.reconnection(false);
    forum.socket.io.engine.close();
    await gone;
    const during = await panelistPledge(b!.created.sessionId, b!.panelists[0]!.id, 'say so while the wall was away');
    forum.socket.io.reconnection(true);
    forum.socket.connect();
    const back = await forum.until(() => forum.states.length === 2 && forum.states[1], 'the state again');
    expect(forum.socket.recovered).toBe(true);
    expect(back.pledges.map((p) => p.id).sort()).toEqual([before.id, during.id].sort());
    // And it is back in its event's room.
    const after = await panelistPledge(a!.created.sessionId, a!.panelists[1]!.id, 'say so after the drop');
    await forum.pledge(after.text);
  });

  test('a malformed or unknown event is refused', async () => {
    const forumUrl = `${url()}/forum`;
    expect((await refusedHandshake(forumUrl, { eventId: 'no-such-event' })).message).toBe('event_not_found');
    expect((await refusedHandshake(forumUrl, { eventId: '../etc' })).message).toBe('invalid_payload');
    expect((await refusedHandshake(forumUrl, {})).message).toBe('invalid_payload');
    expect((await refusedHandshake(forumUrl, { eventId: 'abcdefgh', role: 'moderator' })).message).toBe('invalid_payload');
    const refused = await refusedHandshake(forumUrl, { eventId: 'no-such-event' });
    expect(refused.data).toMatchObject({ code: 'event_not_found' });
  });

  test('frames that cross or come again never roll a pledge back, nor bring a removed one back', () => {
    const sessionId = 'session-1';
    const p = (text: string, updatedAt: number) => samplePledge({ id: randomUUID(), sessionId, text, updatedAt });
    const one = p('We will publish our data openly.', 1);
    const snap = { sessions: [{ id: sessionId, code: 'WS #1', title: 'One', room: '', start: null, seq: 10 }], pledges: [one] };
    let model = mergeSnapshot(emptyModel(), snap);
    const edited = { ...one, text: 'We will publish all our data openly.' };
    const frame = (...deltas: ForumDelta[]) => ({ deltas });
    model = applyFrame(model, frame({ kind: 'pledge', seq: 12, sessionId, pledge: edited }), 100).model;
    // An older frame from another process arrives late; a frame the snapshot already covers too.
    model = applyFrame(model, frame({ kind: 'pledge', seq: 11, sessionId, pledge: one }, { kind: 'pledge-removed', seq: 9, sessionId, pledgeId: one.id }), 101).model;
    expect(shownEntries(model).map((e) => e.pledge.text)).toEqual([edited.text]);
    // Removed at 13; the edit at 12 coming again does not bring it back.
    model = applyFrame(model, frame({ kind: 'pledge-removed', seq: 13, sessionId, pledgeId: one.id }), 102).model;
    model = applyFrame(model, frame({ kind: 'pledge', seq: 12, sessionId, pledge: edited }), 103).model;
    expect(shownEntries(model)).toEqual([]);
    // A snapshot read before the removal (seq 12, crossed) keeps it removed; one read after it confirms.
    model = mergeSnapshot(model, { ...snap, sessions: [{ ...snap.sessions[0]!, seq: 12 }], pledges: [edited] });
    expect(shownEntries(model)).toEqual([]);
    model = mergeSnapshot(model, { ...snap, sessions: [{ ...snap.sessions[0]!, seq: 14 }], pledges: [] });
    expect(shownEntries(model)).toEqual([]);
    expect(model.entries).toEqual({});
    // A pledge of a session the wall does not know yet is shown, and asks for a new snapshot.
    const newcomer = samplePledge({ id: randomUUID(), sessionId: 'session-2' });
    const applied = applyFrame(model, frame({ kind: 'pledge', seq: 1, sessionId: 'session-2', pledge: newcomer }), 104, (id) => id === sessionId);
    expect(applied).toMatchObject({ unknownSession: true, added: [newcomer] });
  });
});
