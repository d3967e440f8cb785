/**
 * The baseline of `npm run bench`: a minimal Socket.IO broadcast server. No app logic, no Redis,
 * no rooms: every connection gets one fixed `session:state` (the product's snapshot shape), and
 * every `pledge` a phone sends (a `session:deltas` frame as the product's walls get it for that
 * pledge version) is acknowledged and sent on to everyone with exactly one
 * `io.emit('session:deltas', payload)`.
 *
 * Support for pledges: `tap` {pledgeId, on} toggles the device's support (one per device and
 * pledge, the device being its handshake's `deviceToken`) and answers with the pledge's count and
 * the reaction version; `counts` answers with every count. The counts go out with the same throttle
 * policy as the product's (server/realtime/reaction-frames.ts: at most one update per session per
 * 100 ms): every 100 ms, if any count changed, one `io.emit('session:deltas', { seqs: [], deltas: [],
 * reactions: { v, counts } })` with the changed counts. So the comparison with the product is about
 * the machinery (store round trips, rooms, coalescing), not about how often counts are sent.
 *
 * The forum scenario (BARE_ROOMS=1) adds rooms: a wall (`{ role: 'wall', sessionId }`) joins its
 * session's room, a forum wall (namespace `/forum`, `{ eventId }`) its event's room and gets a
 * fixed `forum:state`; `forum-pledge` { sessionId, eventId, batch, forum } is acknowledged and sent
 * on with one emit to the session's room (`session:deltas` batch) and one to the event's
 * (`forum:deltas` forum): the frames the product's session walls and forum walls get.
 *
 * Env: PORT (default 0), BARE_PANELISTS (size of the snapshot, default 20), BARE_ROOMS (1: rooms
 * as above), BARE_FORUM_SESSIONS (sessions in the forum snapshot, default 10).
 */
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import type { ForumFrame } from '../../shared/forum';
import type { DeltaBatch, ReactionAck, ReactionFrame } from '../../shared/protocol';
import { bareForumSnapshot, bareSnapshot } from './fixtures';

const snapshot = bareSnapshot('bare-session', Number(process.env.BARE_PANELISTS ?? 20));
const withRooms = process.env.BARE_ROOMS === '1';
const forumSessions = Number(process.env.BARE_FORUM_SESSIONS ?? 10);
/** The product's REACTION_FRAME_MS. */
const REACTION_FRAME_MS = 100;

const http = createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  } else {
    res.writeHead(404).end();
  }
});
// Same frame limit as the product; everything else Socket.IO's defaults.
const io = new Server(http, { serveClient: false, maxHttpBufferSize: 64 * 1024 });

const counts: Record<string, number> = {};
/** Pledge ids each device supports. */
const supported = new Map<string, Set<string>>();
let v = 0;
const changed = new Set<string>();

setInterval(() => {
  if (changed.size === 0) return;
  const frame: ReactionFrame = { v, counts: Object.fromEntries([...changed].map((id) => [id, counts[id] ?? 0])) };
  changed.clear();
  io.emit('session:deltas', { seqs: [], deltas: [], reactions: frame } satisfies DeltaBatch);
}, REACTION_FRAME_MS).unref();

const forum = io.of('/forum');
forum.on('connection', (socket) => {
  const eventId = String((socket.handshake.auth as { eventId?: unknown }).eventId ?? '');
  void socket.join(eventId);
  socket.emit('forum:state', bareForumSnapshot(eventId, forumSessions));
});

io.on('connection', (socket) => {
  const auth = socket.handshake.auth as { role?: unknown; sessionId?: unknown; deviceToken?: unknown };
  if (withRooms && auth.role === 'wall') void socket.join(String(auth.sessionId));
  socket.emit('session:state', snapshot);
  socket.on('pledge', (payload: unknown, ack?: (r: { ok: true }) => void) => {
    io.emit('session:deltas', payload);
    if (typeof ack === 'function') ack({ ok: true });
  });
  type ForumPledge = { sessionId: string; eventId: string; batch: DeltaBatch; forum: ForumFrame };
  socket.on('forum-pledge', (p: ForumPledge, ack?: (r: { ok: true }) => void) => {
    io.to(p.sessionId).emit('session:deltas', p.batch);
    forum.to(p.eventId).emit('forum:deltas', p.forum);
    if (typeof ack === 'function') ack({ ok: true });
  });
  const device = String(auth.deviceToken ?? socket.id);
  socket.on('tap', (tap: { pledgeId: string; on: boolean }, ack?: (r: { ok: true } & ReactionAck) => void) => {
    const mine = supported.get(device) ?? new Set<string>();
    supported.set(device, mine);
    if (mine.has(tap.pledgeId) !== tap.on) {
      if (tap.on) mine.add(tap.pledgeId);
      else mine.delete(tap.pledgeId);
      counts[tap.pledgeId] = (counts[tap.pledgeId] ?? 0) + (tap.on ? 1 : -1);
      v++;
      changed.add(tap.pledgeId);
    }
    if (typeof ack === 'function') ack({ ok: true, pledgeId: tap.pledgeId, on: tap.on, count: counts[tap.pledgeId] ?? 0, v });
  });
  socket.on('counts', (ack?: (r: { ok: true } & ReactionFrame) => void) => {
    if (typeof ack === 'function') ack({ ok: true, v, counts: { ...counts } });
  });
});

http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = http.address();
  console.log(`listening on port ${typeof addr === 'object' && addr ? addr.port : '?'}`);
});

const stop = () => io.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
