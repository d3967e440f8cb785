import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClient } from './store/redis';

/**
 * Rate limits, per connection and per client IP address. The per-connection limit is checked
 * first, and only an action it lets through counts against the IP, so one flooding socket is
 * stopped without using up the budget of the other phones behind the same venue NAT.
 *
 * Per-IP counters live in Redis when the product runs on Redis (shared by every process), in
 * memory otherwise; per-connection counters are always local (a socket lives on one process).
 */
export type LimitKind = 'connect' | 'claim' | 'pledge' | 'drafting' | 'moderate' | 'sync' | 'lookup' | 'admin';

interface Rule {
  /** Allowed per connection per `seconds` (absent: not limited per connection). */
  perSocket?: number;
  /** Allowed per IP address per `seconds`; generous, because a venue's phones often share one address. */
  perIp: number;
  seconds: number;
}

export const LIMIT_RULES: Record<LimitKind, Rule> = {
  connect: { perIp: 600, seconds: 60 },
  claim: { perSocket: 10, perIp: 600, seconds: 60 },
  pledge: { perSocket: 20, perIp: 1200, seconds: 60 },
  drafting: { perSocket: 30, perIp: 3000, seconds: 60 },
  moderate: { perSocket: 120, perIp: 1200, seconds: 60 },
  sync: { perSocket: 30, perIp: 3000, seconds: 60 },
  lookup: { perIp: 300, seconds: 60 },
  admin: { perIp: 300, seconds: 60 },
};

export type LimitResult = { ok: true } | { ok: false; retryAfterMs: number };

export interface RateLimits {
  take(kind: LimitKind, ip: string, socketId?: string): Promise<LimitResult>;
}

export function createRateLimits(
  options: { redis?: RedisClient; prefix?: string; rules?: Partial<Record<LimitKind, Rule>>; scale?: number } = {},
): RateLimits {
  const scale = options.scale ?? 1;
  const scaled = Object.fromEntries(
    Object.entries(LIMIT_RULES).map(([k, r]) => [k, { ...r, perIp: r.perIp * scale, perSocket: r.perSocket && r.perSocket * scale }]),
  ) as Record<LimitKind, Rule>;
  const rules = { ...scaled, ...options.rules };
  const perSocket = new Map<LimitKind, RateLimiterAbstract>();
  const perIp = new Map<LimitKind, RateLimiterAbstract>();
  for (const [kind, rule] of Object.entries(rules) as [LimitKind, Rule][]) {
    if (rule.perSocket) perSocket.set(kind, new RateLimiterMemory({ points: rule.perSocket, duration: rule.seconds, keyPrefix: `s-${kind}` }));
    const memory = new RateLimiterMemory({ points: rule.perIp, duration: rule.seconds, keyPrefix: `ip-${kind}` });
    perIp.set(
      kind,
      options.redis
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

  return {
    async take(kind, ip, socketId) {
      if (socketId) {
        const local = await consume(perSocket.get(kind), socketId);
        if (!local.ok) return local;
      }
      return consume(perIp.get(kind), ip);
    },
  };
}

export function slowDownMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `Slow down: too many attempts. Try again in ${seconds} s.`;
}
