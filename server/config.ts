import { isLogLevel, LOG_LEVELS } from './log';
import { newSecret } from './security';

export interface Config {
  port: number;
  host: string | undefined;
  redisUrl: string | undefined;
  redisPrefix: string;
  adminToken: string;
  adminTokenGenerated: boolean;
  publicUrl: string | undefined;
  logLevel: string;
  /** Readable log lines instead of JSON (LOG_PRETTY=1, or NODE_ENV=development unless LOG_PRETTY=0). */
  logPretty: boolean;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`; unset: /metrics is open. */
  metricsToken: string | undefined;
  /** How long a graceful shutdown may wait for commands in flight (SHUTDOWN_TIMEOUT_MS, default 10 s). */
  shutdownTimeoutMs: number;
  /** How long a shutting-down server still takes HTTP requests while /readyz answers 503 (SHUTDOWN_DELAY_MS, default 0). */
  shutdownDelayMs: number;
  demo: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
  /** Who may frame the embeddable view (/embed/*): CSP frame-ancestors sources; default 'none'. */
  embedAncestors: string[];
  /** Multiplies every rate limit; for load tests from one address (default 1). */
  limitsScale: number;
}

/** Configuration comes from the environment (and `--demo` on the command line), nowhere else. */
export function readConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv.slice(2)): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const adminToken = env.ADMIN_TOKEN?.trim();
  if (adminToken !== undefined && adminToken.length > 0 && adminToken.length < 16) {
    throw new Error('ADMIN_TOKEN must be at least 16 characters (128 bits of randomness recommended)');
  }
  const logLevel = env.LOG_LEVEL || 'info';
  if (!isLogLevel(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${env.LOG_LEVEL}"`);
  const metricsToken = env.METRICS_TOKEN?.trim() || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) throw new Error('METRICS_TOKEN must be at least 16 characters (128 bits of randomness recommended)');
  const shutdownTimeoutMs = milliseconds(env, 'SHUTDOWN_TIMEOUT_MS', 10_000);
  const shutdownDelayMs = milliseconds(env, 'SHUTDOWN_DELAY_MS', 0);
  return {
    port,
    host: env.HOST || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'pledge-round:',
    adminToken: adminToken || newSecret(),
    adminTokenGenerated: !adminToken,
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel,
    logPretty: env.LOG_PRETTY === '1' || env.LOG_PRETTY === 'true' || (env.NODE_ENV === 'development' && env.LOG_PRETTY !== '0' && env.LOG_PRETTY !== 'false'),
    metricsToken,
    shutdownTimeoutMs,
    shutdownDelayMs,
    demo: argv.includes('--demo') || env.DEMO === '1',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    limitsScale: Math.max(1, Number(env.LIMITS_SCALE) || 1),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    embedAncestors: readEmbedAncestors(env.EMBED_ANCESTORS),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] || fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of milliseconds, got "${env[name]}"`);
  return value;
}

/** One frame-ancestors source: 'self', a scheme ("https:"), or an origin, possibly with a wildcard host or port. */
const FRAME_SOURCE = /^(?:'self'|\*|[a-z][a-z\d+.-]*:|(?:[a-z][a-z\d+.-]*:\/\/)?(?:\*\.)?[a-z\d-]+(?:\.[a-z\d-]+)*(?::(?:\d{1,5}|\*))?)$/i;

/**
 * EMBED_ANCESTORS: the sites whose pages may show the embeddable view in an iframe, as a
 * space-separated list of origins (e.g. "https://www.intgovforum.org https://*.example.org");
 * they become the embed pages' `Content-Security-Policy: frame-ancestors`. Unset or empty: 'none'
 * (no site may frame it). Anything that is not a source of that directive (a path, a quote, a
 * semicolon that would start another directive) stops the server from starting.
 */
export function readEmbedAncestors(value: string | undefined): string[] {
  const sources = (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.replace(/\/+$/, ''))
    .filter(Boolean);
  if (sources.length === 0 || (sources.length === 1 && sources[0] === "'none'")) return ["'none'"];
  if (sources.includes("'none'")) throw new Error("EMBED_ANCESTORS: 'none' stands alone (no site may frame the embed), not beside origins");
  const bad = sources.filter((s) => !FRAME_SOURCE.test(s));
  if (bad.length > 0) {
    throw new Error(`EMBED_ANCESTORS must be a space-separated list of origins (https://example.org), 'self' or 'none'; not ${bad.map((b) => JSON.stringify(b)).join(', ')}`);
  }
  return sources;
}
