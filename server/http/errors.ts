import type { Response } from 'express';
import type { AppError, ErrorCode } from '../../shared/protocol';
import { describeError, type Logger } from '../log';
import { StoreUnavailableError } from '../store/types';

const STATUS: Partial<Record<ErrorCode, number>> = {
  invalid_payload: 400,
  unauthorized: 401,
  forbidden: 403,
  session_not_found: 404,
  event_not_found: 404,
  pledge_not_found: 404,
  import_invalid: 422,
  session_code_taken: 409,
  rate_limited: 429,
  conflict: 409,
  not_in_record: 409,
  internal: 500,
  store_unavailable: 503,
};

export function sendError(res: Response, error: AppError, status = STATUS[error.code] ?? 400) {
  res.status(status).json({ ok: false, error });
}

/** What every caller hears while the session store cannot be reached. */
export const STORE_UNAVAILABLE: AppError = {
  code: 'store_unavailable',
  message: 'The server cannot reach its storage right now; nothing was changed. Try again in a moment.',
};

/**
 * A failure no route answered: an unreachable store is said as such (503, at once, with a hint
 * to retry), anything else is `internal`; the log names the cause either way.
 */
export function sendFailure(res: Response, err: unknown, log: Logger) {
  if (err instanceof StoreUnavailableError) {
    log.warn('store unavailable', { request: `${res.req.method} ${res.req.originalUrl.split('?')[0]}`, error: describeError(err) });
    res.set('Retry-After', '1');
    return sendError(res, STORE_UNAVAILABLE);
  }
  log.error('request failed', { error: describeError(err) });
  sendError(res, { code: 'internal', message: 'Server error.' });
}
