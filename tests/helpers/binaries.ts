import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Finds a binary on PATH, or null. */
export function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', which('chromium')];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}
