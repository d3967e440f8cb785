import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The lowest versions without known denial-of-service or injection advisories, for the runtime
 * packages that face the network. Checked offline by the test suite; `npm run audit` also asks
 * the registry's advisory database when it answers.
 */
export const FLOORS: Record<string, { min: string; why: string }> = {
  'socket.io': { min: '4.6.2', why: 'CVE-2024-38355: unhandled error event crashes the server' },
  'engine.io': { min: '6.5.5', why: 'CVE-2023-31125 / CVE-2024-37890 via ws: crafted requests crash the server' },
  'socket.io-parser': { min: '4.2.3', why: 'CVE-2023-32695: malformed packet crashes the server' },
  ws: { min: '8.17.1', why: 'CVE-2024-37890: many headers crash the server' },
  express: { min: '4.20.0', why: 'CVE-2024-43796: XSS in redirects' },
  'body-parser': { min: '1.20.3', why: 'CVE-2024-45590: URL-encoded body DoS' },
  'path-to-regexp': { min: '0.1.12', why: 'CVE-2024-45296 / CVE-2024-52798: ReDoS in routes' },
  cookie: { min: '0.7.0', why: 'CVE-2024-47764: cookie field injection' },
  send: { min: '0.19.0', why: 'CVE-2024-43799: template injection' },
  'serve-static': { min: '1.16.0', why: 'CVE-2024-43800: template injection' },
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

export interface FloorCheck {
  name: string;
  installed: string | null;
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
  for (const [name, { min, why }] of Object.entries(FLOORS)) {
    const copies = Object.entries(lock.packages).filter(([p, info]) => p.endsWith(`node_modules/${name}`) && !info.dev);
    if (copies.length === 0) out.push({ name, installed: null, min, ok: true, why });
    for (const [, info] of copies) {
      const installed = info.version ?? '0.0.0';
      out.push({ name, installed, min, ok: compareVersions(installed, min) >= 0, why });
    }
  }
  return out;
}
