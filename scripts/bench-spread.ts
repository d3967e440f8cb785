/**
 * What one socket write costs a Socket.IO server, by how the writes are spread in time:
 * `npm run bench:spread`
 *
 * A bare Socket.IO server (no app, WebSocket only, no per-message compression) with W sockets from
 * two client processes, each socket in one of 64 rooms. The same frame is written to every socket
 * in four ways, in turn, for several rounds:
 *
 * - `one emit` (the baseline): `io.emit` to everyone, one synchronous loop over the W sockets;
 * - `one emit to 64 rooms`: one `io.local.to(rooms).emit` to all the rooms (the room path: a set of
 *   the sockets reached, which `io.emit` to everyone does without);
 * - `8 emits back to back`: eight `io.local.to(rooms).emit` of eight rooms each, one after the other;
 * - `8 emits spread`: the same eight, spaced evenly over the pause between frames, as the product's
 *   readers are written (server/realtime/reader-slices.ts).
 *
 * Each way writes E frames a pause apart; the server's CPU (user and system, `process.cpuUsage`)
 * over them is divided by the socket writes (after a first round, not counted, that warms the code
 * up). The table gives each way's median over the rounds and its ratio to the baseline's median in
 * the same run, and checks that the sockets read every frame written. Prints a one-line JSON summary.
 *
 * Options: --walls W (default 4000), --frames E (default 30), --pause-ms (default 200),
 * --rounds R (default 3), --bytes (frame payload, default 2100).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io as connect } from 'socket.io-client';
import { numberArg } from './lib/args';
import { answer } from './lib/child';
import { formatTable, median } from './lib/stats';

const ROOMS = 64;
const VISITS = 8;
const WAYS = ['one emit', 'one emit to 64 rooms', '8 emits back to back', '8 emits spread'] as const;
type Way = (typeof WAYS)[number];

interface Run {
  way: Way;
  frames: number;
  pauseMs: number;
  bytes: number;
}
interface Cost {
  writes: number;
  userUs: number;
  systemUs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The server: answers `listening` with its port, then a Cost for each Run it is sent. */
function serve(): void {
  const http = createServer();
  const io = new Server(http, { serveClient: false, perMessageDeflate: false, transports: ['websocket'] });
  let joined = 0;
  io.on('connection', (socket) => void socket.join(`room-${joined++ % ROOMS}`));
  const rooms = Array.from({ length: ROOMS }, (_, r) => `room-${r}`);
  const visits = Array.from({ length: VISITS }, (_, v) => Array.from({ length: ROOMS / VISITS }, (_, r) => `room-${v * (ROOMS / VISITS) + r}`));
  http.listen(0, '127.0.0.1', () => process.send!({ port: (http.address() as AddressInfo).port }));
  process.on('message', async (run: Run) => {
    const text = 'x'.repeat(run.bytes);
    const started = process.cpuUsage();
    for (let seq = 0; seq < run.frames; seq++) {
      const frame = { seq, text };
      if (run.way === 'one emit') {
        io.emit('frame', frame);
      } else if (run.way === 'one emit to 64 rooms') {
        io.local.to(rooms).emit('frame', frame);
      } else {
        for (const visit of visits) {
          io.local.to(visit).emit('frame', frame);
          if (run.way === '8 emits spread') await sleep(run.pauseMs / VISITS);
        }
        if (run.way === '8 emits spread') continue;
      }
      await sleep(run.pauseMs);
    }
    // The writes' completions run after the loop.
    await sleep(run.pauseMs);
    const used = process.cpuUsage(started);
    process.send!({ writes: run.frames * io.engine.clientsCount, userUs: used.user, systemUs: used.system } satisfies Cost);
  });
}

/**
 * A client process: opens `count` sockets, says `open` once all are connected, counts the frames
 * they read and answers how many when asked.
 */
function walls(url: string, count: number): void {
  let open = 0;
  let received = 0;
  for (let i = 0; i < count; i++) {
    const socket = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    socket.on('connect', () => ++open === count && process.send!('open'));
    socket.on('frame', () => received++);
  }
  process.on('message', () => process.send!({ received }));
}

/** Frames the clients have read, once they stop coming in (or every one expected has). */
async function framesRead(clients: ChildProcess[], expected: number): Promise<number> {
  let last = -1;
  for (;;) {
    const counts = await Promise.all(clients.map((c) => answer<{ received: number }>(c, 'count')));
    const total = counts.reduce((sum, c) => sum + c.received, 0);
    if (total >= expected || total === last) return total;
    last = total;
    await sleep(500);
  }
}

async function main(): Promise<void> {
  const wallCount = numberArg('walls', 4000);
  const run = { frames: numberArg('frames', 30), pauseMs: numberArg('pause-ms', 200), bytes: numberArg('bytes', 2100) };
  const rounds = numberArg('rounds', 3);
  const self = [process.argv[1]!];
  const execArgv = ['--import', 'tsx'];
  const server = fork(self[0]!, ['--role', 'server'], { execArgv });
  const children: ChildProcess[] = [server];
  try {
    const { port } = await answer<{ port: number }>(server);
    for (let c = 0; c < 2; c++) {
      const client = fork(self[0]!, ['--role', 'walls', `http://127.0.0.1:${port}`, String(wallCount / 2)], { execArgv });
      children.push(client);
      await answer(client);
    }
    console.log(`[bench:spread] ${wallCount} sockets in ${ROOMS} rooms, ${run.frames} frames of ${run.bytes} bytes ${run.pauseMs} ms apart, ${rounds} rounds`);
    const costs = new Map<Way, Cost[]>(WAYS.map((w) => [w, []]));
    // A first round warms the code up and is not counted.
    for (let r = -1; r < rounds; r++) {
      for (const way of WAYS) {
        const cost = await answer<Cost>(server, { way, ...run } satisfies Run);
        if (r >= 0) costs.get(way)!.push(cost);
      }
    }
    const perWrite = (way: Way, pick: (c: Cost) => number) => median(costs.get(way)!.map((c) => pick(c) / c.writes));
    const total = (c: Cost) => c.userUs + c.systemUs;
    const baseline = perWrite('one emit', total);
    const expected = (rounds + 1) * WAYS.length * run.frames * wallCount;
    const delivered = (await framesRead(children.slice(1), expected)) / expected;
    const rows = WAYS.map((way) => [way, costs.get(way)![0]!.writes, perWrite(way, (c) => c.userUs), perWrite(way, (c) => c.systemUs), perWrite(way, total), `${(perWrite(way, total) / baseline).toFixed(2)}×`]);
    console.log(`\nServer CPU per socket write (µs, median of ${rounds} rounds)\n`);
    console.log(formatTable(['written as', 'writes', 'user', 'system', 'total', 'vs one emit'], rows));
    console.log(`\nframes read by the sockets: ${(delivered * 100).toFixed(1)} % of those written`);
    console.log(JSON.stringify({ bench: 'spread', walls: wallCount, ...run, rounds, delivered, usPerWrite: Object.fromEntries(WAYS.map((w) => [w, perWrite(w, total)])) }));
  } finally {
    for (const child of children) child.kill();
  }
}

const role = process.argv[process.argv.indexOf('--role') + 1];
// The server and the clients go when the benchmark does, however it ends.
if (process.argv.includes('--role')) process.on('disconnect', () => process.exit(0));
if (process.argv.includes('--role') && role === 'server') serve();
else if (process.argv.includes('--role') && role === 'walls') walls(process.argv.at(-2)!, Number(process.argv.at(-1)));
else
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
