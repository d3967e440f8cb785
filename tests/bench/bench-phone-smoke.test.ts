import { runScript } from '../helpers/run-script';

/**
 * `npm run bench:phone` end to end, one run: the phone's pages load in Chromium on the Slow-3G
 * profile, against this build compressed and the same build uncompressed, and the bench prints its
 * table and, last, the JSON summary. The figures are printed, not judged here: the targets are
 * read from the benchmark's own runs (docs/performance.md).
 */
test('npm run bench:phone -- --runs 1 --warmup 0 prints the table and a JSON summary with both times and the baseline', async () => {
  const { code, stdout, stderr } = await runScript('scripts/bench-phone.ts', ['--runs', '1', '--warmup', '0'], 170_000);
  if (code !== 0) throw new Error(`bench:phone exited ${code}\n${stderr}\n${stdout}`);
  expect(stdout).toContain('Slow-3G (400 ms latency, 400 kbit/s), 360×740');
  expect(stdout).toMatch(/this build, compressed\s+name list \(\/j\/\)/);
  expect(stdout).toMatch(/same build, uncompressed\s+form \(\/i\/\)/);
  const summary = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown> & { baseline: Record<string, number> | null };
  expect(summary).toMatchObject({ bench: 'phone', runs: 1, profile: { latencyMs: 400, kbps: 400 }, viewport: '360x740', targetNamesMs: 5000 });
  for (const key of ['namesMedianMs', 'namesP90Ms', 'formMedianMs', 'formP90Ms', 'jsKB', 'totalKB']) {
    expect(Number.isFinite(summary[key])).toBe(true);
    expect(summary[key]).toBeGreaterThan(0);
  }
  expect(summary.baseline).not.toBeNull();
  for (const key of ['namesMedianMs', 'formMedianMs', 'jsKB', 'totalKB']) expect(Number.isFinite(summary.baseline![key])).toBe(true);
  // Compressed, the same JavaScript crosses the link in far fewer bytes.
  expect(summary.jsKB as number).toBeLessThan(summary.baseline!.jsKB!);
}, 180_000);
