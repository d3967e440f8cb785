import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClient } from './store/redis';

/**
 * Rate limits, per device first and per client IP address second. A venue's phones share one
 * public address, so the address is not who floods: a device is held back by its own credential
 * (a phone's device token, a moderator link's key, an HTTP caller's bearer token; the connection
 * itself for a wall, which has none), and only an action its device limit lets through counts
 * against the address, whose limits sit above anything a 1,000-person venue does in a minute.
 * One flooding device therefore spends its own budget, never the next phone's.
 *
 * Per-IP counters live in Redis when the product runs on Redis (shared by every process), in
 * memory otherwise; per-device counters and the count of open sockets are per process.
 */
export type LimitKind = 'connect' | 'claim' | 'pledge' | 'drafting' | 'moderate' | 'react' | 'sync' | 'check' | 'lookup' | 'admin';

interface Rule {
  /** Allowed per device per `seconds` (absent: not limited per device). */
  perDevice?: number;
  /** Allowed per IP address per `seconds`: beyond a whole venue behind one address. */
  perIp: number;
  seconds: number;
  /**
   * Where the per-IP count lives: in Redis, shared by every process (default), or in this
   * process only — for a command as frequent and harmless as a tap, where a Redis round trip per
   * call would cost more than the limit protects (each process then allows `perIp`).
   */
  perIpScope?: 'shared' | 'process';
}

/**
 * Per device: a person's pace, with room for retries and reconnects. Per address: a 1,000-person
 * venue where everyone reconnects after a Wi-Fi drop (a few connects each), claims a seat or joins
 * the audience, submits and edits, with room to spare.
 */
export const LIMIT_RULES: Record<LimitKind, Rule> = {
  connect: { perDevice: 30, perIp: 20_000, seconds: 60 },
  claim: { perDevice: 10, perIp: 10_000, seconds: 60 },
  pledge: { perDevice: 20, perIp: 20_000, seconds: 60 },
  drafting: { perDevice: 30, perIp: 30_000, seconds: 60 },
  moderate: { perDevice: 120, perIp: 6_000, seconds: 60 },
  /** Supporting pledges: a person tapping fast, not a script; a whole room tapping at once. */
  react: { perDevice: 40, perIp: 100_000, seconds: 10, perIpScope: 'process' },
  sync: { perDevice: 30, perIp: 30_000, seconds: 60 },
  /** A quiet connection's check: a few a minute from an idle page, more from one woken often. */
  check: { perDevice: 30, perIp: 100_000, seconds: 60, perIpScope: 'process' },
  lookup: { perDevice: 120, perIp: 10_000, seconds: 60 },
  admin: { perDevice: 300, perIp: 600, seconds: 60 },
};

/** Refused addresses one process remembers at most (beyond, a refusal costs its store call again). */
const MAX_HELD = 10_000;

/** Sockets one address may hold open on one process: every phone and wall of a large venue, several times over. */
export const OPEN_PER_IP = 5_000;

export type LimitResult = { ok: true } | { ok: false; retryAfterMs: number };

/** Who acts: the address it comes from and, when known, the device (a digest of its credential, or its connection). */
export interface Caller {
  ip: string;
  device?: string;
}

export interface RateLimits {
  /** The device's limit, then (only if it let the action through) the address's: `own` and `address` in turn. */
  take(kind: LimitKind, caller: Caller): Promise<LimitResult>;
  /** The device's own limit alone (kept on this process: no store round trip). */
  own(kind: LimitKind, device: string | undefined): Promise<LimitResult>;
  /** The address's limit alone (a store round trip where it is shared by every process). */
  address(kind: LimitKind, ip: string): Promise<LimitResult>;
  /**
   * Whether the address's limit refused it lately on this process, at once and without a store
   * call: until the refusal's wait is over, everything of that kind from it is refused here.
   */
  addressHeld(kind: LimitKind, ip: string): LimitResult;
  /** Counts a socket held open by an address; false (and nothing counted) when it holds too many already. */
  hold(ip: string): boolean;
  /** A socket the address held is gone (once per successful `hold`). */
  release(ip: string): void;
}

export function createRateLimits(
  options: { redis?: RedisClient; prefix?: string; rules?: Partial<Record<LimitKind, Rule>>; scale?: number; openPerIp?: number } = {},
): RateLimits {
  const scale = options.scale ?? 1;
  const scaled = Object.fromEntries(
    Object.entries(LIMIT_RULES).map(([k, r]) => [k, { ...r, perIp: r.perIp * scale, perDevice: r.perDevice && r.perDevice * scale }]),
  ) as Record<LimitKind, Rule>;
  const rules = { ...scaled, ...options.rules };
  const perDevice = new Map<LimitKind, RateLimiterAbstract>();
  const perIp = new Map<LimitKind, RateLimiterAbstract>();
  for (const [kind, rule] of Object.entries(rules) as [LimitKind, Rule][]) {
    if (rule.perDevice) perDevice.set(kind, new RateLimiterMemory({ points: rule.perDevice, duration: rule.seconds, keyPrefix: `d-${kind}` }));
    const memory = new RateLimiterMemory({ points: rule.perIp, duration: rule.seconds, keyPrefix: `ip-${kind}` });
    perIp.set(
      kind,
      options.redis && rule.perIpScope !== 'process'
        ? new RateLimiterRedis({
            storeClient: options.redis,
            useRedisPackage: true,
            points: rule.perIp,
            duration: rule.seconds,
            keyPrefix: `${options.prefix ?? ''}rl:${kind}`,
            // If Redis is unreachable, limit in memory rather than refuse everyone.
            insuranceLimiter: memory,
            rejectIfRedisNotReady: true,
          })
        : memory,
    );
  }

  const consume = async (limiter: RateLimiterAbstract | undefined, key: string): Promise<LimitResult> => {
    if (!limiter) return { ok: true };
    try {
      await limiter.consume(key);
      return { ok: true };
    } catch (err) {
      if (err instanceof RateLimiterRes) return { ok: false, retryAfterMs: err.msBeforeNext };
      // The store failed and so did the insurance limiter: do not lock people out for it.
      return { ok: true };
    }
  };

  const maxOpen = (options.openPerIp ?? OPEN_PER_IP) * scale;
  const open = new Map<string, number>();

  const own = async (kind: LimitKind, device: string | undefined): Promise<LimitResult> =>
    device ? consume(perDevice.get(kind), device) : { ok: true };
  /** `${kind} ${ip}` -> until when the address stays refused (a refusal seen on this process). */
  const refusedUntil = new Map<string, number>();
  const addressHeld = (kind: LimitKind, ip: string): LimitResult => {
    const key = `${kind} ${ip}`;
    const left = (refusedUntil.get(key) ?? 0) - Date.now();
    if (left > 0) return { ok: false, retryAfterMs: left };
    refusedUntil.delete(key);
    return { ok: true };
  };
  const address = async (kind: LimitKind, ip: string): Promise<LimitResult> => {
    const held = addressHeld(kind, ip);
    if (!held.ok) return held;
    const result = await consume(perIp.get(kind), ip);
    if (!result.ok) {
      if (refusedUntil.size >= MAX_HELD) for (const [key, until] of refusedUntil) if (until <= Date.now()) refusedUntil.delete(key);
      if (refusedUntil.size < MAX_HELD) refusedUntil.set(`${kind} ${ip}`, Date.now() + result.retryAfterMs);
    }
    return result;
  };

  return {
    async take(kind, { ip, device }) {
      const mine = await own(kind, device);
      return mine.ok ? address(kind, ip) : mine;
    },
    own,
    address,
    addressHeld,
    hold(ip) {
      const held = open.get(ip) ?? 0;
      if (held >= maxOpen) return false;
      open.set(ip, held + 1);
      return true;
    },
    release(ip) {
      const left = (open.get(ip) ?? 1) - 1;
      if (left > 0) open.set(ip, left);
      else open.delete(ip);
    },
  };
}

export function slowDownMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `Slow down: too many attempts. Try again in ${seconds} s.`;
}
