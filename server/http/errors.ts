import type { Response } from 'express';
import type { AppError, ErrorCode } from '../../shared/protocol';

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
  internal: 500,
};

export function sendError(res: Response, error: AppError, status = STATUS[error.code] ?? 400) {
  res.status(status).json({ ok: false, error });
}
