import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The lowest versions without known denial-of-service or injection advisories, for the runtime
 * packages that face the network, one floor per release line: an advisory is fixed on each line
 * by its own release, so an installed copy is compared with the floor of its own line (8.4.2 with
 * 8.4.0, never with 0.1.12). A line is the major version, or `0.<minor>` below 1.0 (where each
 * minor is its own line). A copy on a line newer than every listed one was released after these
 * fixes; one on an older or unlisted line has no patched release to compare with and fails.
 * Checked offline by the test suite; `npm run audit` also asks the registry's advisory database
 * when it answers.
 */
export const FLOORS: Record<string, { lines: Record<string, string>; why: string }> = {
  'socket.io': { lines: { '2': '2.5.1', '4': '4.6.2' }, why: 'CVE-2024-38355: unhandled error event crashes the server' },
  'engine.io': { lines: { '6': '6.5.5' }, why: 'CVE-2023-31125 / CVE-2024-37890 via ws: crafted requests crash the server' },
  'socket.io-parser': { lines: { '3': '3.4.3', '4': '4.2.3' }, why: 'CVE-2023-32695: malformed packet crashes the server' },
  ws: { lines: { '5': '5.2.4', '6': '6.2.3', '7': '7.5.10', '8': '8.17.1' }, why: 'CVE-2024-37890: many headers crash the server' },
  express: { lines: { '4': '4.20.0', '5': '5.0.0' }, why: 'CVE-2024-43796: XSS in redirects' },
  'body-parser': {
    lines: { '1': '1.20.3', '2': '2.2.1' },
    why: 'CVE-2024-45590 (1.x) / CVE-2025-13466 (2.x): URL-encoded body DoS',
  },
  'path-to-regexp': {
    lines: { '0.1': '0.1.12', '1': '1.9.0', '3': '3.3.0', '6': '6.3.0', '8': '8.4.0' },
    why: 'CVE-2024-45296 / CVE-2024-52798 / GHSA-j3q9-mxjg-w52f / GHSA-27v5-c462-wpq7: ReDoS in routes',
  },
  cookie: { lines: { '0.7': '0.7.0', '1': '1.0.0' }, why: 'CVE-2024-47764: cookie field injection' },
  send: { lines: { '0.19': '0.19.0', '1': '1.1.0' }, why: 'CVE-2024-43799: template injection' },
  'serve-static': { lines: { '1': '1.16.0', '2': '2.1.0' }, why: 'CVE-2024-43800: template injection' },
};

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** The release line of a version: its major, or `0.<minor>` below 1.0. */
export function lineOf(version: string): string {
  const [major = '0', minor = '0'] = version.split(/[.+-]/);
  return major === '0' ? `0.${Number(minor)}` : String(Number(major));
}

/** Orders lines as versions: 0.1 < 0.7 < 1 < 8. */
const compareLines = (a: string, b: string) => compareVersions(a.includes('.') ? `${a}.0` : `${a}.0.0`, b.includes('.') ? `${b}.0` : `${b}.0.0`);

/**
 * The floor an installed version is compared with: its own line's; '-' when it is on a line
 * newer than every listed one (released after the fixes); null when its line has no floor.
 */
export function floorFor(lines: Record<string, string>, installed: string): string | '-' | null {
  const line = lineOf(installed);
  if (lines[line]) return lines[line]!;
  return Object.keys(lines).every((l) => compareLines(line, l) > 0) ? '-' : null;
}

export interface FloorCheck {
  name: string;
  installed: string | null;
  /** The floor of the installed copy's own line ('-': a newer line; 'none': its line has no patched release). */
  min: string;
  ok: boolean;
  why: string;
}

/** Every installed copy of each floored package, wherever npm placed it. */
export function checkFloors(root = process.cwd()): FloorCheck[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string; dev?: boolean }>;
  };
  const out: FloorCheck[] = [];
  for (const [name, { lines, why }] of Object.entries(FLOORS)) {
    const copies = Object.entries(lock.packages).filter(([p, info]) => p.endsWith(`node_modules/${name}`) && !info.dev);
    if (copies.length === 0) out.push({ name, installed: null, min: '-', ok: true, why });
    for (const [, info] of copies) {
      const installed = info.version ?? '0.0.0';
      const min = floorFor(lines, installed);
      const ok = min === '-' || (min !== null && compareVersions(installed, min) >= 0);
      out.push({ name, installed, min: min ?? 'none', ok, why });
    }
  }
  return out;
}
