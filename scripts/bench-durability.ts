/**
 * What does `appendfsync always` cost a pledge? `npm run bench:durability`
 *
 * Runs the product against three throwaway Redis servers — no persistence (the baseline),
 * AOF with `appendfsync everysec`, AOF with `appendfsync always` — and measures the panelist's
 * acknowledgement time for pledge submits and edits from 20 phones at once, far above the few
 * pledges per second a real round produces. Rounds are interleaved and repeated; the table shows
 * medians across rounds and each mode's ratio to the baseline measured in the same run.
 *
 * Options: --rounds N (default 3), --edits N per phone per round (default 25).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { createApp } from '../server/app';
import { createRateLimits } from '../server/limits';
import { createLogger } from '../server/log';
import { RedisStore } from '../server/store/redis';
import { startRedis } from './lib/redis-process';
import { formatTable, median, percentile } from './lib/stats';
import { numberArg } from './lib/args';

const ROUNDS = numberArg('rounds', 3);
const EDITS = numberArg('edits', 25);
const PHONES = 20;

const MODES = {
  'no persistence': ['--appendonly', 'no'],
  'AOF everysec': ['--appendonly', 'yes', '--appendfsync', 'everysec'],
  'AOF always': ['--appendonly', 'yes', '--appendfsync', 'always'],
} as const;
type Mode = keyof typeof MODES;

const ADMIN = 'bench-admin-token-0123456789';
const unlimited = { perDevice: 1e9, perIp: 1e9, seconds: 60 };

function emit(socket: Socket, event: string, payload?: unknown): Promise<{ ok: boolean; [k: string]: unknown }> {
  return new Promise((resolve, reject) => {
    const args = payload === undefined ? [] : [payload];
    socket.timeout(10_000).emit(event, ...args, (err: Error | null, res: { ok: boolean }) => (err ? reject(err) : resolve(res)));
  });
}

/** Connects; the first `session:state` is captured from the start, so it cannot slip past. */
function connect(url: string, auth: object): Promise<{ socket: Socket; state: Promise<{ session: { panelists: { id: string }[] } }> }> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
    const state = new Promise<{ session: { panelists: { id: string }[] } }>((r) => socket.once('session:state', r));
    socket.once('connect', () => resolve({ socket, state }));
    socket.once('connect_error', reject);
  });
}

async function measure(mode: Mode): Promise<number[]> {
  const redis = await startRedis([...MODES[mode]]);
  const store = await RedisStore.connect(redis.url, { prefix: 'bench:' });
  const app = createApp(
    { store, log: createLogger('silent') },
    { adminToken: ADMIN, limits: createRateLimits({ rules: { pledge: unlimited, connect: unlimited, claim: unlimited } }) },
  );
  const port = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const sockets: Socket[] = [];
  try {
    const created = (await (
      await fetch(`${url}/api/sessions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Durability benchmark',
          panelists: Array.from({ length: PHONES }, (_, i) => ({ name: `P${i}`, organization: 'Org', stakeholderGroup: 'Academia' })),
        }),
      })
    ).json()) as { sessionId: string; links: { moderator: string; invites: { panelistId: string; link: string }[] } };
    const invites = new Map(created.links.invites.map((i) => [i.panelistId, new URL(i.link).hash.replace('#invite=', '')]));
    const key = new URL(created.links.moderator).hash.slice(5);
    const { socket: mod, state } = await connect(url, { role: 'moderator', sessionId: created.sessionId, key });
    sockets.push(mod);
    const panelists = (await state).session.panelists;
    await emit(mod, 'round:open', {});
    const latencies: number[] = [];
    await Promise.all(
      panelists.map(async (p) => {
        const deviceToken = randomBytes(16).toString('base64url');
        const { socket: phone } = await connect(url, { role: 'phone', sessionId: created.sessionId, deviceToken });
        sockets.push(phone);
        const claim = await emit(phone, 'panelist:claim', { panelistId: p.id, invite: invites.get(p.id) });
        if (!claim.ok) throw new Error(`claim refused: ${JSON.stringify(claim)}`);
        const id = randomUUID();
        // Each edit is based on the version the previous answer stored, as a phone's is.
        let basedOn: number | null = null;
        for (let i = 0; i <= EDITS; i++) {
          const started = performance.now();
          const res = await emit(phone, i === 0 ? 'pledge:submit' : 'pledge:edit', {
            id,
            basedOn,
            text: `We will publish revision ${i} of our open-data commitment.`,
            capacity: 'individual',
          });
          if (!res.ok) throw new Error(`write refused: ${JSON.stringify(res)}`);
          basedOn = (res.pledge as { updatedAt: number }).updatedAt;
          latencies.push(performance.now() - started);
        }
      }),
    );
    return latencies;
  } finally {
    sockets.forEach((s) => s.disconnect());
    await app.close();
    await store.close();
    await redis.stop();
  }
}

async function main() {
  const perMode = new Map<Mode, { p50: number[]; p99: number[]; max: number[] }>();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const mode of Object.keys(MODES) as Mode[]) {
      const lat = await measure(mode);
      const agg = perMode.get(mode) ?? { p50: [], p99: [], max: [] };
      agg.p50.push(percentile(lat, 50));
      agg.p99.push(percentile(lat, 99));
      agg.max.push(Math.max(...lat));
      perMode.set(mode, agg);
      process.stderr.write(`round ${round}/${ROUNDS} ${mode}: ${lat.length} writes, p50 ${percentile(lat, 50).toFixed(2)} ms\n`);
    }
  }
  const base = perMode.get('no persistence')!;
  const rows = (Object.keys(MODES) as Mode[]).map((mode) => {
    const m = perMode.get(mode)!;
    return [mode, median(m.p50), median(m.p99), median(m.max), median(m.p50) / median(base.p50), median(m.p99) / median(base.p99)];
  });
  console.log(`\nPledge acknowledgement time, ${PHONES} phones × ${EDITS + 1} writes, medians of ${ROUNDS} interleaved rounds (ms)\n`);
  console.log(formatTable(['mode', 'p50', 'p99', 'max', 'p50 ratio', 'p99 ratio'], rows));
  const out = path.resolve('bench-results');
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `durability-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ phones: PHONES, writesPerPhone: EDITS + 1, rounds: ROUNDS, modes: Object.fromEntries(perMode) }, null, 2));
  console.log(`\nraw results: ${path.relative(process.cwd(), file)}`);
  console.log(JSON.stringify({ bench: 'durability', ...Object.fromEntries(rows.map((r) => [r[0], { p50Ms: r[1], p99Ms: r[2] }])) }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
