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
  demo: boolean;
  trustProxy: boolean;
  allowedOrigins: string[];
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
  return {
    port,
    host: env.HOST || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'pledge-round:',
    adminToken: adminToken || newSecret(),
    adminTokenGenerated: !adminToken,
    publicUrl: env.PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL || 'info',
    demo: argv.includes('--demo') || env.DEMO === '1',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    limitsScale: Math.max(1, Number(env.LIMITS_SCALE) || 1),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  };
}
