import type { Server as HttpServer } from 'node:http';
import { describeError, type Logger } from '../log';
import type { CommandGate } from './command-gate';
import type { ReadinessCheck } from './readiness';

/**
 * After the coalescer has been told to send every frame it holds: time for a large room's
 * shard-by-shard writes (one event-loop turn per shard) and the adapter's publish to finish.
 */
export const FANOUT_SETTLE_MS = 100;
/** After the deadline, this long for the last HTTP answers and the store to close before the process stops anyway. */
export const FORCE_EXIT_MARGIN_MS = 5000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

export interface Draining {
  readiness: ReadinessCheck;
  gate: CommandGate;
  http: HttpServer;
  log: Logger;
  /** Sends every frame the fanout still gathers (realtime/rooms.ts `flush`). */
  flushFrames: () => void;
}

/**
 * The first half of a graceful shutdown, before the connections close: /readyz answers 503 (and
 * no new socket is taken); after `delayMs` — for a balancer that polls /readyz to notice — the
 * listening socket closes (a balancer's next connection goes to another server; HTTP answers
 * from now on close their connection), no command starts any more, and the running ones finish —
 * within `timeoutMs` — and their frames leave. Resolves with whether every command finished and
 * when the HTTP server has closed (every connection ended).
 */
export async function drain(parts: Draining, timeoutMs: number, delayMs = 0): Promise<{ drained: boolean; httpClosed: Promise<void> }> {
  parts.readiness.markShuttingDown();
  if (delayMs > 0) {
    parts.log.info('not ready: shutting down', { delayMs });
    await sleep(delayMs);
  }
  const started = Date.now();
  parts.gate.close();
  const httpClosed = new Promise<void>((resolve) => (parts.http.listening ? parts.http.close(() => resolve()) : resolve()));
  parts.log.info('shutting down: no new connections or commands', { inFlight: parts.gate.inFlight, timeoutMs });
  const drained = await parts.gate.drained(timeoutMs);
  if (drained) parts.log.info('commands in flight finished', { ms: Date.now() - started });
  else parts.log.warn('shutdown deadline reached with commands still running', { inFlight: parts.gate.inFlight, timeoutMs });
  // The last commands' frames leave now rather than at the end of their windows.
  parts.flushFrames();
  await sleep(Math.min(FANOUT_SETTLE_MS, timeoutMs - (Date.now() - started)));
  return { drained, httpClosed };
}

/** Waits for `closed` at most `ms`, then ends every connection left. */
export async function closeConnections(http: HttpServer, closed: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.max(0, ms))))]);
  clearTimeout(timer);
  http.closeAllConnections();
}

/**
 * Stops gracefully on the given signals (SIGTERM, and SIGINT for Ctrl-C): `stop`, then exit 0.
 * A second Ctrl-C, or `stop` running past `timeoutMs` plus a margin, ends the process at once with
 * exit code 1. SIGTERM again changes nothing: service managers send it to every process of a
 * group at once (systemd), and a cluster's primary passes it on to its workers as well.
 */
export function onSignals(log: Logger, stop: () => Promise<void>, timeoutMs: number, signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT']): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) {
      if (signal !== 'SIGINT') return;
      log.warn('stopping now', { signal });
      process.exit(1);
    }
    stopping = true;
    const started = Date.now();
    log.info('shutdown requested', { signal, timeoutMs });
    setTimeout(() => {
      log.error('shutdown did not finish in time: stopping now', { ms: Date.now() - started });
      process.exit(1);
    }, timeoutMs + FORCE_EXIT_MARGIN_MS).unref();
    stop().then(
      () => {
        log.info('shut down', { signal, ms: Date.now() - started });
        process.exit(0);
      },
      (err: unknown) => {
        log.error('shutdown failed', { error: describeError(err) });
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, handle);
}
