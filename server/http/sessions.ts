import { Router, type NextFunction, type Request, type Response } from 'express';
import QRCode from 'qrcode';
import type { CreatedSession, JoinLookup, RotatedKey, SessionListItem, SessionLinks } from '../../shared/http';
import { routes } from '../../shared/http';
import { createSessionSchema, idSchema, joinCodeSchema } from '../../shared/schemas';
import type { SessionMeta } from '../domain/records';
import { slowDownMessage, type LimitKind, type RateLimits } from '../limits';
import { secretsEqual } from '../security';
import type { SessionService } from '../service/session-service';
import { sendError } from './errors';
import { pledgesCsv } from './exports';

export interface SessionRoutesOptions {
  adminToken: string;
  /** Base of every link the API hands out, e.g. https://pledge.example.org */
  publicUrl: () => string;
  limits: RateLimits;
}

export function sessionRoutes(service: SessionService, options: SessionRoutesOptions): Router {
  const router = Router();
  const links = (meta: SessionMeta, moderatorKey: string): SessionLinks => {
    const base = options.publicUrl();
    return {
      moderator: base + routes.moderator(meta.id, moderatorKey),
      join: base + routes.join(meta.joinCode),
      wall: base + routes.wall(meta.id),
    };
  };

  const limit = (kind: LimitKind) => async (req: Request, res: Response, next: NextFunction) => {
    const allowed = await options.limits.take(kind, req.ip ?? 'unknown');
    if (!allowed.ok) {
      res.set('Retry-After', String(Math.ceil(allowed.retryAfterMs / 1000)));
      return sendError(res, { code: 'rate_limited', message: slowDownMessage(allowed.retryAfterMs) });
    }
    next();
  };

  const requireAdmin = (req: Request, res: Response, next: NextFunction) => {
    const header = req.get('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!token || !secretsEqual(token, options.adminToken)) {
      return sendError(res, { code: 'unauthorized', message: 'A valid admin token is required.' });
    }
    next();
  };

  router.post('/sessions', limit('admin'), requireAdmin, async (req, res) => {
    const parsed = createSessionSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return sendError(res, { code: 'invalid_payload', message: `${issue?.path.join('.') || 'body'}: ${issue?.message}` });
    }
    const { meta, moderatorKey } = await service.createSession(parsed.data);
    const body: CreatedSession = { sessionId: meta.id, joinCode: meta.joinCode, links: links(meta, moderatorKey) };
    res.status(201).json({ ok: true, ...body });
  });

  router.get('/sessions', limit('admin'), requireAdmin, async (_req, res) => {
    const docs = await service.listSessions();
    const sessions: SessionListItem[] = docs.map(({ meta, round, pledges }) => {
      const { moderator: _omit, ...publicLinks } = links(meta, '');
      return {
        sessionId: meta.id,
        code: meta.code,
        title: meta.title,
        joinCode: meta.joinCode,
        createdAt: meta.createdAt,
        roundState: round.state,
        panelists: meta.panelists.length,
        pledges: pledges.length,
        links: publicLinks,
      };
    });
    res.json({ ok: true, sessions });
  });

  router.post('/sessions/:id/moderator-key', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, { code: 'session_not_found', message: 'This session does not exist.' });
    const rotated = await service.rotateModeratorKey(id.data);
    if (!rotated.ok) return sendError(res, rotated.error);
    const body: RotatedKey = { links: links(rotated.value.meta, rotated.value.moderatorKey) };
    res.json({ ok: true, ...body });
  });

  router.get('/join/:code', limit('lookup'), async (req, res) => {
    const code = joinCodeSchema.safeParse(req.params.code);
    const sessionId = code.success ? await service.sessionIdByJoinCode(code.data) : null;
    const meta = sessionId ? await service.getMeta(sessionId) : undefined;
    if (!meta) return sendError(res, { code: 'session_not_found', message: 'No session has this join code.' });
    const body: JoinLookup = { sessionId: meta.id, sessionCode: meta.code, title: meta.title, panelists: meta.panelists };
    res.json({ ok: true, ...body });
  });

  // Organizer exports of one session: every pledge, record-only included.
  router.get('/sessions/:id/export.:format', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const doc = id.success ? await service.loadSession(id.data) : null;
    if (!doc) return sendError(res, { code: 'session_not_found', message: 'This session does not exist.' });
    const { moderatorKeyHash: _secret, ...session } = doc.meta;
    const name = `pledges-${(doc.meta.code || doc.meta.id).replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    if (req.params.format === 'csv') {
      res
        .type('text/csv; charset=utf-8')
        .set('Content-Disposition', `attachment; filename="${name}.csv"`)
        .send(pledgesCsv(doc.pledges.map((pledge) => ({ meta: doc.meta, pledge }))));
    } else if (req.params.format === 'json') {
      res.set('Content-Disposition', `attachment; filename="${name}.json"`).json({ ok: true, session, round: doc.round, pledges: doc.pledges });
    } else {
      sendError(res, { code: 'invalid_payload', message: 'Export format is csv or json.' }, 404);
    }
  });

  router.get('/sessions/:id/qr.svg', limit('lookup'), async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const meta = id.success ? await service.getMeta(id.data) : undefined;
    if (!meta) return sendError(res, { code: 'session_not_found', message: 'This session does not exist.' });
    const svg = await QRCode.toString(options.publicUrl() + routes.join(meta.joinCode), {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    });
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=300').send(svg);
  });

  return router;
}
