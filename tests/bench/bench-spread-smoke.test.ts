import { runScript } from '../helpers/run-script';

/**
 * `npm run bench:spread` end to end at toy size: the server and its two client processes start,
 * every socket reads every frame of the four ways, and the last line is the JSON summary with a
 * cost per write for each way.
 */
test('npm run bench:spread at 200 sockets: every frame read, a cost per write for each way, and the JSON summary last', async () => {
  const { code, stdout, stderr } = await runScript('scripts/bench-spread.ts', ['--walls', '200', '--frames', '3', '--rounds', '1', '--pause-ms', '40'], 60_000);
  if (code !== 0) throw new Error(`bench:spread exited ${code}\n${stderr}\n${stdout}`);
  expect(stdout).toContain('written as');
  const summary = JSON.parse(stdout.trim().split('\n').pop()!) as { walls: number; delivered: number; usPerWrite: Record<string, number> };
  expect(summary.walls).toBe(200);
  expect(summary.delivered).toBe(1);
  expect(Object.keys(summary.usPerWrite)).toEqual(['one emit', 'one emit to 64 rooms', '8 emits back to back', '8 emits spread']);
  for (const us of Object.values(summary.usPerWrite)) expect(us).toBeGreaterThan(0);
}, 70_000);
