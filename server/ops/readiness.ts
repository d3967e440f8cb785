import type { Readiness } from '../../shared/http';
import { RedisStore } from '../store/redis';
import type { SessionStore } from '../store/types';

/** How long the store has to answer a readiness ping. */
export const READY_PING_TIMEOUT_MS = 1000;
/** A readiness answer is reused this long, so probes (and anyone calling /readyz) cost at most one ping a second. */
export const READY_CACHE_MS = 1000;

/** Answers once the store does: a Redis PING, nothing for the embedded store (always there). */
export function storeProbe(store: SessionStore): () => Promise<void> {
  if (store instanceof RedisStore) return () => store.ping();
  return async () => {};
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err)),
    );
  });
}

/**
 * Whether this server should get traffic (GET /readyz): not while its store does not answer (the
 * Redis client reconnects by itself, and readiness follows), nor once it is shutting down.
 */
export class ReadinessCheck {
  private stopping = false;
  private last: { at: number; answer: Promise<Readiness> } | null = null;

  constructor(
    private readonly probe: () => Promise<void>,
    private readonly options: { timeoutMs?: number; cacheMs?: number; now?: () => number } = {},
  ) {}

  get shuttingDown(): boolean {
    return this.stopping;
  }

  markShuttingDown(): void {
    this.stopping = true;
  }

  check(): Promise<Readiness> {
    if (this.stopping) return Promise.resolve({ ready: false, reason: 'shutting_down' });
    const now = (this.options.now ?? Date.now)();
    if (this.last && now - this.last.at < (this.options.cacheMs ?? READY_CACHE_MS)) return this.last.answer;
    const answer = within(this.probe(), this.options.timeoutMs ?? READY_PING_TIMEOUT_MS).then(
      (): Readiness => ({ ready: true }),
      (): Readiness => ({ ready: false, reason: 'store_unavailable' }),
    );
    this.last = { at: now, answer };
    return answer;
  }
}
