import type { AppError, ErrorCode } from '../../shared/protocol';

/** Rules return results, never throw: an error here is an answer for the client, not a crash. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): { ok: false; error: AppError } => ({
  ok: false,
  error: { code, message },
});
