import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { slowDownMessage, type LimitKind, type RateLimits } from '../limits';
import { hashSecret, secretsEqual } from '../security';
import { sendError } from './errors';

/** The bearer token of a request, or '' when it has none. */
export function bearer(req: Request): string {
  const header = req.get('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/**
 * Middleware: rate limit of one kind, per caller first (the digest of its bearer token: an
 * organizer's, a rapporteur's, a pledge author's follow-up link) and per IP at venue scale.
 */
export const rateLimit = (limits: RateLimits, kind: LimitKind) => async (req: Request, res: Response, next: NextFunction) => {
  const token = bearer(req);
  const allowed = await limits.take(kind, { ip: req.ip ?? 'unknown', ...(token ? { device: `b:${hashSecret(token)}` } : {}) });
  if (!allowed.ok) {
    res.set('Retry-After', String(Math.ceil(allowed.retryAfterMs / 1000)));
    return sendError(res, { code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) });
  }
  next();
};

/** Middleware: only with the admin token. */
export const adminOnly = (adminToken: string) => (req: Request, res: Response, next: NextFunction) => {
  const token = bearer(req);
  if (!token || !secretsEqual(token, adminToken)) {
    return sendError(res, { code: 'unauthorized', message: 'A valid admin token is required.' });
  }
  next();
};

/** Validates a body or query with a shared schema; answers `invalid_payload` naming the first bad field. */
export function parsed<S extends z.ZodType>(schema: S, value: unknown, res: Response): z.output<S> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  sendError(res, { code: 'invalid_payload', message: `${issue?.path.join('.') || 'body'}: ${issue?.message}` });
  return undefined;
}

const stem = (s: string, keep: RegExp) => s.normalize('NFC').replace(keep, '-').replace(/^-+|-+$/g, '');

/**
 * Content-Disposition of a download named after a session or event: "WS #215" -> WS-215. A name
 * with letters beyond ASCII ("Lillestrøm") also gets the UTF-8 form browsers prefer (RFC 6266).
 */
export function attachment(prefix: string, name: string, ext: string): string {
  const ascii = stem(name, /[^A-Za-z0-9]+/g) || 'export';
  const unicode = stem(name, /[^\p{L}\p{N}]+/gu) || 'export';
  const plain = `attachment; filename="${prefix}${ascii}.${ext}"`;
  return unicode === ascii ? plain : `${plain}; filename*=UTF-8''${encodeURIComponent(`${prefix}${unicode}.${ext}`)}`;
}
