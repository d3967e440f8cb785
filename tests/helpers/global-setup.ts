import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumPath } from './binaries';
import { missingMessage, missingNeeds, probeSystem, systemFamily } from '../../scripts/lib/provision';
import { freePort, waitForRedis } from '../../scripts/lib/redis-process';

/**
 * Starts one throwaway redis-server for the whole run on a free port (never the user's own
 * Redis), unless REDIS_URL points the suite at an external one. Stops early, with the same install
 * command the test command's provisioning step prints, when redis-server or Chromium is missing.
 */
export default async function globalSetup() {
  const facts = probeSystem();
  const missing = missingNeeds(facts);
  if (missing.length) {
    throw new Error(`\n\n${missingMessage(systemFamily(facts.platform, facts.osRelease), missing, facts.uid === 0)}\n`);
  }
  process.env.CHROMIUM_PATH = chromiumPath()!;
  if (process.env.REDIS_URL) {
    process.env.TEST_REDIS_URL = process.env.REDIS_URL;
    return;
  }
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'pledge-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: 'ignore', detached: false },
  );
  (globalThis as { __redis?: typeof child }).__redis = child;
  const url = `redis://127.0.0.1:${port}`;
  await waitForRedis(url);
  process.env.TEST_REDIS_URL = url;
}
