/** A small leveled logger. Callers pass ids and codes, never secrets. */
const LEVELS = { error: 0, warn: 1, info: 2, debug: 3, silent: -1 } as const;
export type LogLevel = keyof typeof LEVELS;

export interface Logger {
  error(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
  debug(msg: string, meta?: Record<string, unknown>): void;
}

export function createLogger(level: string | undefined = 'info'): Logger {
  const max = level && level in LEVELS ? LEVELS[level as LogLevel] : LEVELS.info;
  const write = (name: Exclude<LogLevel, 'silent'>) => (msg: string, meta?: Record<string, unknown>) => {
    if (LEVELS[name] > max) return;
    const line = meta ? `${msg} ${JSON.stringify(meta)}` : msg;
    (name === 'error' || name === 'warn' ? process.stderr : process.stdout).write(`[${name}] ${line}\n`);
  };
  return { error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}

/**
 * An error as one log line: its class, message and code, then its causes ("StoreUnavailableError:
 * … <- ClientOfflineError: The client is offline"), never a bare "Error". Messages of the
 * product's own errors and of its libraries carry no secrets.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const name = err.name !== 'Error' ? err.name : err.constructor?.name || 'Error';
  const code = (err as { code?: unknown }).code;
  const text = [name, err.message && `: ${err.message}`, typeof code === 'string' && ` (${code})`].filter(Boolean).join('');
  return err.cause !== undefined && err.cause !== err ? `${text} <- ${describeError(err.cause)}` : text;
}

const repeats = new Map<string, { last: number; skipped: number }>();

/**
 * A warning that may come from every caller at once (each command while the store is down):
 * logged at most once per `everyMs` per message, with how many were left out meanwhile.
 */
export function warnOften(log: Logger, msg: string, meta: Record<string, unknown>, everyMs = 1000): void {
  const now = Date.now();
  const seen = repeats.get(msg);
  if (seen && now - seen.last < everyMs) {
    seen.skipped++;
    return;
  }
  log.warn(msg, seen?.skipped ? { ...meta, leftOut: seen.skipped } : meta);
  repeats.set(msg, { last: now, skipped: 0 });
}
