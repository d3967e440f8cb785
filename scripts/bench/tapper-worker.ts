/**
 * The audience of `npm run bench` (forked by scenario-taps.ts, so its CPU counts as load generator, never
 * as server): A devices join the session as online audience (the product: a phone's handshake,
 * then `audience:join`; the bare baseline: a plain connection), then tap support for the visible
 * pledges at T taps a second in total until told to stop.
 *
 * Each tap picks a device and a pledge at random (seeded) and toggles that device's support for
 * it: on if the device does not support it yet, off if it does. Taps go out on schedule whether or
 * not earlier answers came back (open loop: a slow server gets the offered load, not less), so a
 * device may have several taps in flight; its state flips when it sends, and flips back if the
 * server refuses the tap.
 */
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { now, type FromTapper, type ToTapper } from './messages';
import { rng } from './rng';

const send = (msg: FromTapper) => process.send!(msg);

interface Device {
  socket: Socket;
  /** Pledge indexes this device supports (as far as it knows). */
  on: Set<number>;
}

type Ack = { ok: true } | { ok: false; code?: string };

const devices: Device[] = [];
let protocol: 'product' | 'bare' = 'product';
let timer: NodeJS.Timeout | undefined;
const stats = { sent: 0, acked: 0, refused: 0, firstAt: 0, lastSentAt: 0, lastAckAt: 0 };
const refusedReasons: Record<string, number> = {};
const ackMs: number[] = [];
let inFlight = 0;

function emit(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return new Promise((resolve) =>
    socket.timeout(30_000).emit(event, payload, (err: Error | null, res: Ack) => resolve(err ? { ok: false, code: 'timeout' } : res)),
  );
}

async function joinOne(url: string, sessionId: string): Promise<Device> {
  const socket = io(url, {
    auth: { role: 'phone', sessionId, deviceToken: randomBytes(16).toString('base64url') },
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 30_000,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(new Error(`connect_error: ${err.message}`)));
  });
  if (protocol === 'product') {
    const joined = await emit(socket, 'audience:join', { presence: 'online' });
    if (!joined.ok) {
      socket.disconnect();
      throw new Error(`audience:join refused: ${JSON.stringify(joined)}`);
    }
  }
  return { socket, on: new Set() };
}

async function join(msg: Extract<ToTapper, { type: 'join' }>) {
  protocol = msg.protocol;
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  const lane = async () => {
    while (next < msg.devices) {
      const k = next++;
      try {
        devices.push(await joinOne(msg.urls[k % msg.urls.length]!, msg.sessionId));
      } catch (err) {
        failed++;
        if (errors.length < 5) errors.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, msg.concurrency) }, lane));
  send({ type: 'joined', opened: devices.length, failed, errors });
}

function tap(device: Device, pledgeIds: string[], pledge: number) {
  const on = !device.on.has(pledge);
  const flip = () => (on ? device.on.add(pledge) : device.on.delete(pledge));
  const unflip = () => (on ? device.on.delete(pledge) : device.on.add(pledge));
  flip();
  inFlight++;
  stats.sent++;
  const t0 = now();
  stats.lastSentAt = t0;
  const event = protocol === 'product' ? 'reaction:set' : 'tap';
  void emit(device.socket, event, { pledgeId: pledgeIds[pledge], on }).then((ack) => {
    const t = now();
    ackMs.push(t - t0);
    stats.lastAckAt = t;
    inFlight--;
    if (ack.ok) {
      stats.acked++;
    } else {
      unflip();
      stats.refused++;
      const why = ack.code ?? 'refused';
      refusedReasons[why] = (refusedReasons[why] ?? 0) + 1;
    }
  });
}

function start(msg: Extract<ToTapper, { type: 'tap' }>) {
  const random = rng(msg.seed);
  const startAt = now();
  stats.firstAt = startAt;
  let due = 0;
  timer = setInterval(() => {
    const target = Math.floor(((now() - startAt) * msg.tapsPerSecond) / 1000);
    for (; due < target; due++) {
      const device = devices[Math.floor(random() * devices.length)]!;
      tap(device, msg.pledgeIds, Math.floor(random() * msg.pledgeIds.length));
    }
  }, 10);
}

async function stop() {
  if (timer) clearInterval(timer);
  const deadline = now() + 35_000;
  while (inFlight > 0 && now() < deadline) await new Promise((r) => setTimeout(r, 10));
  send({ type: 'tapped', ...stats, refusedReasons, ackMs: Float64Array.from(ackMs) });
}

process.on('message', (msg: ToTapper) => {
  const fail = (err: unknown) => send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  try {
    switch (msg.type) {
      case 'join':
        join(msg).catch(fail);
        break;
      case 'tap':
        if (devices.length === 0) throw new Error('no audience device joined');
        start(msg);
        break;
      case 'stop':
        stop().catch(fail);
        break;
      case 'close':
        if (timer) clearInterval(timer);
        for (const d of devices) d.socket.disconnect();
        setTimeout(() => process.exit(0), 100);
        break;
    }
  } catch (err) {
    fail(err);
  }
});
// The parent went away (crash, Ctrl-C): do not linger with open sockets.
process.on('disconnect', () => process.exit(0));
send({ type: 'ready' });
