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
