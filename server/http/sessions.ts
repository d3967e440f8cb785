import { Router } from 'express';
import QRCode from 'qrcode';
import type { CreatedSession, JoinLookup, RotatedKey, SessionListItem, SessionLinks, SessionReport } from '../../shared/http';
import { routes } from '../../shared/http';
import { createSessionSchema, idSchema, joinCodeSchema } from '../../shared/schemas';
import type { SessionMeta } from '../domain/records';
import { sessionReport } from '../domain/registry';
import type { RateLimits } from '../limits';
import { secretMatches, secretsEqual } from '../security';
import type { SessionDoc } from '../service/codec';
import type { EventService } from '../service/event-service';
import type { Created, SessionService } from '../service/session-service';
import { sendError } from './errors';
import { exportJson, pledgesCsv } from './exports';
import { adminOnly, attachment, bearer, parsed, rateLimit } from './guards';

export interface RouteServices {
  sessions: SessionService;
  events: EventService;
  clock: () => number;
}

export interface SessionRoutesOptions {
  adminToken: string;
  /** Base of every link the API hands out, e.g. https://pledge.example.org */
  publicUrl: () => string;
  limits: RateLimits;
}

const noSession = { code: 'session_not_found', message: 'This session does not exist.' } as const;

/** The links of a session; the moderator link only when its key is at hand (right after creating or rotating). */
export function sessionLinks(base: string, meta: SessionMeta, moderatorKey: string): SessionLinks {
  return {
    moderator: base + routes.moderator(meta.id, moderatorKey),
    join: base + routes.join(meta.joinCode),
    wall: base + routes.wall(meta.id),
  };
}

export function sessionListItem(base: string, { meta, round, pledges }: SessionDoc): SessionListItem {
  const { moderator: _omit, ...publicLinks } = sessionLinks(base, meta, '');
  return {
    sessionId: meta.id,
    code: meta.code,
    title: meta.title,
    joinCode: meta.joinCode,
    createdAt: meta.createdAt,
    roundState: round.state,
    panelists: meta.panelists.length,
    pledges: pledges.length,
    eventId: meta.eventId,
    start: meta.details.start,
    room: meta.details.room,
    links: { ...publicLinks, report: base + routes.report(meta.id) },
  };
}

export function createdSession(base: string, meta: SessionMeta, moderatorKey: string): CreatedSession {
  return { sessionId: meta.id, joinCode: meta.joinCode, links: sessionLinks(base, meta, moderatorKey) };
}

export function sessionRoutes({ sessions: service, events, clock }: RouteServices, options: SessionRoutesOptions): Router {
  const router = Router();
  const limit = (kind: Parameters<typeof rateLimit>[1]) => rateLimit(options.limits, kind);
  const requireAdmin = adminOnly(options.adminToken);

  router.post('/sessions', limit('admin'), requireAdmin, async (req, res) => {
    const input = parsed(createSessionSchema, req.body, res);
    if (!input) return;
    const event = input.eventId ? await events.get(input.eventId) : null;
    if (input.eventId && !event) return sendError(res, { code: 'event_not_found', message: 'This event does not exist.' });
    const created = await service.createSessions([input], event);
    if (!created.ok) return sendError(res, created.error);
    const [{ meta, moderatorKey }] = created.value as [Created];
    res.status(201).json({ ok: true, ...createdSession(options.publicUrl(), meta, moderatorKey) });
  });

  router.get('/sessions', limit('admin'), requireAdmin, async (_req, res) => {
    const docs = await service.listSessions();
    const sessions: SessionListItem[] = docs.map((doc) => sessionListItem(options.publicUrl(), doc));
    res.json({ ok: true, sessions });
  });

  router.post('/sessions/:id/moderator-key', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, noSession);
    const rotated = await service.rotateModeratorKey(id.data);
    if (!rotated.ok) return sendError(res, rotated.error);
    const body: RotatedKey = { links: sessionLinks(options.publicUrl(), rotated.value.meta, rotated.value.moderatorKey) };
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
    if (!doc) return sendError(res, noSession);
    const format = req.params.format;
    if (format !== 'csv' && format !== 'json') return sendError(res, { code: 'invalid_payload', message: 'Export format is csv or json.' }, 404);
    const event = doc.meta.eventId ? await events.get(doc.meta.eventId) : null;
    const tracked = await events.tracked([doc]);
    const ctx = { event, now: clock() };
    res.set('Content-Disposition', attachment('pledges-', doc.meta.code || doc.meta.id, format));
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(pledgesCsv(tracked, ctx));
    else res.json(exportJson([doc], tracked, ctx));
  });

  // The rapporteur's report: opened with the session's moderator link (or by an organizer).
  router.get('/sessions/:id/report', limit('lookup'), async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const doc = id.success ? await service.loadSession(id.data) : null;
    const token = bearer(req);
    const allowed = doc && token && (secretsEqual(token, options.adminToken) || secretMatches(token, doc.meta.moderatorKeyHash));
    if (!doc || !allowed) {
      // Unknown session and wrong key answer alike, so the endpoint does not reveal which sessions exist.
      return sendError(res, { code: 'unauthorized', message: 'Open the report with the session’s moderator link.' });
    }
    const { moderatorKeyHash: _secret, ...session } = doc.meta;
    const event = doc.meta.eventId ? await events.get(doc.meta.eventId) : null;
    const body: SessionReport = sessionReport(session, event, doc.round, doc.pledges, clock());
    res.set('Cache-Control', 'no-store').json({ ok: true, ...body });
  });

  router.get('/sessions/:id/qr.svg', limit('lookup'), async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const meta = id.success ? await service.getMeta(id.data) : undefined;
    if (!meta) return sendError(res, noSession);
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
