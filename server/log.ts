import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger as PinoLogger } from 'pino';

/**
 * Structured logs: one JSON object per line on stdout (pino), or readable lines in development.
 * Callers pass ids and codes, never secrets; the redaction below is the second line of defence.
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogMeta = Record<string, unknown>;

export interface Logger {
  error(msg: string, meta?: LogMeta): void;
  warn(msg: string, meta?: LogMeta): void;
  info(msg: string, meta?: LogMeta): void;
  debug(msg: string, meta?: LogMeta): void;
  trace(msg: string, meta?: LogMeta): void;
  /** A logger whose every line carries `bindings` (a request's or a socket's context). */
  child(bindings: LogMeta): Logger;
  /** The pino logger underneath (for pino-http). */
  readonly pino: PinoLogger;
}

export interface LoggerOptions {
  /** Readable lines (pino-pretty) instead of JSON; ignored when pino-pretty is not installed. */
  pretty?: boolean;
  /** Where lines go (default stdout). */
  destination?: DestinationStream;
}

/** Names whose values are secrets wherever they appear in a line (up to three levels deep). */
const SECRET_NAMES = ['authorization', 'cookie', 'set-cookie', 'token', 'key', 'invite', 'adminToken', 'moderatorKey', 'deviceToken', 'viewerToken', 'followUpToken', 'secret', 'auth'];
/** Names whose values are addresses: kept without their query string and fragment. */
const URL_NAMES = ['url', 'path', 'link', 'originalUrl'];
const anyDepth = (name: string) => [name, `*.${name}`, `*.*.${name}`];

/** An address without `?query` or `#fragment`, where links carry keys and tokens. */
export const withoutQuery = (url: string) => url.split(/[?#]/, 1)[0]!;

export const REDACTION = {
  paths: [...SECRET_NAMES, ...URL_NAMES].flatMap(anyDepth),
  censor: (value: unknown, path: string[]) =>
    URL_NAMES.includes(path[path.length - 1]!) && typeof value === 'string' ? withoutQuery(value) : '[redacted]',
};

export function isLogLevel(level: string): level is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(level);
}

/** pino-pretty as a stream, when installed (a development dependency: production installs may lack it). */
function prettyStream(destination: DestinationStream | undefined): DestinationStream | null {
  try {
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    const pretty = load('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'hostname', ...(destination ? { destination } : {}) });
  } catch {
    return null;
  }
}

/** A logger at `level` (default info; an unknown level is info too). */
export function createLogger(level: string | undefined = 'info', options: LoggerOptions = {}): Logger {
  // Written synchronously: every line is out before the process exits, in order.
  const destination = options.destination ?? pino.destination({ dest: 1, sync: true });
  const stream = (options.pretty && prettyStream(destination)) || destination;
  const base = pino(
    {
      level: level && isLogLevel(level) ? level : 'info',
      redact: REDACTION,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  return wrap(base);
}

function wrap(p: PinoLogger): Logger {
  // The message leads the line, before its context.
  const at = (level: Exclude<LogLevel, 'silent' | 'fatal'>) => (msg: string, meta?: LogMeta) => {
    if (p.isLevelEnabled(level)) p[level]({ msg, ...meta });
  };
  return {
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    trace: at('trace'),
    child: (bindings) => wrap(p.child(bindings)),
    pino: p,
  };
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
export function warnOften(log: Logger, msg: string, meta: LogMeta, everyMs = 1000): void {
  const now = Date.now();
  const seen = repeats.get(msg);
  if (seen && now - seen.last < everyMs) {
    seen.skipped++;
    return;
  }
  log.warn(msg, seen?.skipped ? { ...meta, leftOut: seen.skipped } : meta);
  repeats.set(msg, { last: now, skipped: 0 });
}
