/**
 * What the test suite needs from the machine (Chromium and redis-server) and how to get what is
 * missing on this system. `planProvision` decides from plain facts, so every system's answer can be
 * tested anywhere; `probeSystem` gathers those facts here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export type Need = 'chromium' | 'redis-server';

/** Systems whose package manager we can name; `unknown` gets a plain description of what to install. */
export type SystemFamily = 'debian' | 'ubuntu' | 'fedora' | 'alpine' | 'arch' | 'macos' | 'unknown';

export interface MachineFacts {
  platform: NodeJS.Platform;
  /** The text of /etc/os-release (null where there is none, e.g. macOS). */
  osRelease: string | null;
  /** Effective user id (null where the platform has none). */
  uid: number | null;
  /** Where Chromium was found, or null. */
  chromium: string | null;
  /** Where redis-server was found, or null. */
  redisServer: string | null;
  /** REDIS_URL is set: the suite uses that Redis and starts none of its own. */
  redisUrl: boolean;
  /** apt-get is on PATH. */
  aptGet: boolean;
}

export type ProvisionPlan =
  /** Everything is there: one line to say so. */
  | { kind: 'ready'; summary: string }
  /** Debian or Ubuntu as root: install these packages with apt-get, then check again. */
  | { kind: 'install'; missing: Need[]; packages: string[] }
  /** Anything else: the command to run (or what to install), and stop. */
  | { kind: 'instruct'; missing: Need[]; message: string };

/** Each need as the suite looks for it and as a person would call it. */
const LABEL: Record<Need, string> = { chromium: 'Chromium', 'redis-server': 'redis-server' };

/** Package names per system, for each need. */
const PACKAGES: Record<Exclude<SystemFamily, 'unknown'>, Record<Need, string>> = {
  debian: { chromium: 'chromium', 'redis-server': 'redis-server' },
  // Ubuntu ships Chromium as a snap; `chromium-browser` is the apt package that installs it.
  ubuntu: { chromium: 'chromium-browser', 'redis-server': 'redis-server' },
  fedora: { chromium: 'chromium', 'redis-server': 'redis' },
  alpine: { chromium: 'chromium', 'redis-server': 'redis' },
  arch: { chromium: 'chromium', 'redis-server': 'redis' },
  macos: { chromium: 'chromium', 'redis-server': 'redis' },
};

/** Where Homebrew's Chromium lands; the suite finds it through CHROMIUM_PATH. */
export const MAC_CHROMIUM = '/Applications/Chromium.app/Contents/MacOS/Chromium';

/** The KEY=value pairs of an os-release file (quotes removed). */
export function parseOsRelease(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]!] = m[2]!.replace(/^["']|["']$/g, '');
  }
  return out;
}

export function systemFamily(platform: NodeJS.Platform, osRelease: string | null): SystemFamily {
  if (platform === 'darwin') return 'macos';
  if (platform !== 'linux' || !osRelease) return 'unknown';
  const os = parseOsRelease(osRelease);
  const ids = [os.ID ?? '', ...(os.ID_LIKE ?? '').split(/\s+/)].map((s) => s.toLowerCase()).filter(Boolean);
  const first = (candidates: string[]) => ids.findIndex((id) => candidates.includes(id));
  const ranked: [SystemFamily, number][] = [
    ['ubuntu', first(['ubuntu'])],
    ['debian', first(['debian'])],
    ['fedora', first(['fedora', 'rhel', 'centos'])],
    ['alpine', first(['alpine'])],
    ['arch', first(['arch', 'archlinux'])],
  ];
  // The closest relative wins: ID before ID_LIKE, and ID_LIKE in its own order (Mint: "ubuntu debian").
  const found = ranked.filter(([, at]) => at >= 0).sort((a, b) => a[1] - b[1]);
  return found[0]?.[0] ?? 'unknown';
}

/** The command that installs `missing` on this system, as the user should type it. */
export function installCommand(family: SystemFamily, missing: Need[], root: boolean): string | null {
  if (family === 'unknown' || missing.length === 0) return null;
  const pkgs = missing.map((n) => PACKAGES[family][n]).join(' ');
  const sudo = root ? '' : 'sudo ';
  switch (family) {
    case 'debian':
    case 'ubuntu':
      return `${sudo}apt-get update && ${sudo}apt-get install -y ${pkgs}`;
    case 'fedora':
      return `${sudo}dnf install -y ${pkgs}`;
    case 'alpine':
      return `${sudo}apk add ${pkgs}`;
    case 'arch':
      return `${sudo}pacman -S --needed --noconfirm ${pkgs}`;
    case 'macos':
      return [
        missing.includes('redis-server') ? 'brew install redis' : null,
        missing.includes('chromium') ? `brew install --cask chromium && export CHROMIUM_PATH=${MAC_CHROMIUM}` : null,
      ]
        .filter(Boolean)
        .join(' && ');
    default: {
      const never: never = family;
      return never;
    }
  }
}

/** What the suite lacks on this machine. */
export function missingNeeds(facts: Pick<MachineFacts, 'chromium' | 'redisServer' | 'redisUrl'>): Need[] {
  const missing: Need[] = [];
  if (!facts.chromium) missing.push('chromium');
  if (!facts.redisServer && !facts.redisUrl) missing.push('redis-server');
  return missing;
}

/**
 * What the test command does before anything else: nothing (all there), install with apt-get
 * (Debian or Ubuntu, as root, apt-get present), or say exactly what to run and stop.
 */
export function planProvision(facts: MachineFacts): ProvisionPlan {
  const missing = missingNeeds(facts);
  if (missing.length === 0) {
    const redis = facts.redisServer && !facts.redisUrl ? `redis-server ${facts.redisServer}` : 'Redis at REDIS_URL';
    return { kind: 'ready', summary: `Test prerequisites present: Chromium ${facts.chromium}, ${redis}.` };
  }
  const family = systemFamily(facts.platform, facts.osRelease);
  const root = facts.uid === 0;
  if ((family === 'debian' || family === 'ubuntu') && root && facts.aptGet) {
    return { kind: 'install', missing, packages: missing.map((n) => PACKAGES[family][n]) };
  }
  return { kind: 'instruct', missing, message: missingMessage(family, missing, root) };
}

/** The one message for what is missing, shared by the test command and the test run's own check. */
export function missingMessage(family: SystemFamily, missing: Need[], root: boolean): string {
  const what = missing.map((n) => LABEL[n]).join(' and ');
  const command = installCommand(family, missing, root);
  const alternatives = [
    missing.includes('chromium') ? 'set CHROMIUM_PATH to a Chromium or Chrome binary' : null,
    missing.includes('redis-server') ? 'set REDIS_URL to a Redis to use' : null,
  ]
    .filter(Boolean)
    .join('; ');
  const how = command ? `Install with:\n\n  ${command}\n` : `Install them with this system's package manager.\n`;
  return `The tests need ${what}, which ${missing.length > 1 ? 'are' : 'is'} not installed. ${how}\n(Or ${alternatives}.)`;
}

/** Finds a command on PATH, or null. */
export function which(name: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** Chromium as the suite runs it: CHROMIUM_PATH, Debian's path, then the names other systems give it. */
export function findChromium(): string | null {
  const fixed = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((c): c is string => !!c && existsSync(c));
  if (fixed) return fixed;
  for (const name of ['chromium', 'chromium-browser']) {
    const found = which(name);
    if (found && existsSync(found)) return found;
  }
  return existsSync(MAC_CHROMIUM) ? MAC_CHROMIUM : null;
}

/** The facts `planProvision` decides on, read from this machine. */
export function probeSystem(): MachineFacts {
  let osRelease: string | null = null;
  for (const file of ['/etc/os-release', '/usr/lib/os-release']) {
    if (existsSync(file)) {
      osRelease = readFileSync(file, 'utf8');
      break;
    }
  }
  return {
    platform: process.platform,
    osRelease,
    uid: typeof process.getuid === 'function' ? process.getuid() : null,
    chromium: findChromium(),
    redisServer: which('redis-server'),
    redisUrl: !!process.env.REDIS_URL,
    aptGet: !!which('apt-get'),
  };
}
