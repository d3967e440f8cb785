import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { withoutQuery, type Logger } from '../log';

/** Paths a load balancer or Prometheus calls every few seconds: logged at debug, not info. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One line per HTTP request when its answer is sent: a request id (also sent back as
 * `X-Request-Id`), the method, the path without its query string, the status and the time it
 * took. No header is logged: credentials travel in `Authorization`, and in link fragments that
 * never reach the server. Socket.IO's own requests are not Express's and are not logged here.
 */
export function requestLog(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log.pino,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, path: withoutQuery(req.url) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (req, res, err) => {
      // 503: the store is unreachable, a state of its own (see /readyz), not a fault of this request.
      if (res.statusCode === 503) return 'warn';
      if (err || res.statusCode >= 500) return 'error';
      return PROBES.has(withoutQuery(req.url ?? '')) ? 'debug' : 'info';
    },
    // A 5xx is one line like any other (at error): its cause is logged where it happened.
    customErrorMessage: () => 'request completed',
    customErrorObject: (_req, _res, _err, line: { res: unknown; responseTime: number }) => ({ res: line.res, responseTime: line.responseTime }),
  }) as unknown as RequestHandler;
}
