import { Router } from 'express';
import QRCode from 'qrcode';
import { toCsv } from '../../shared/csv';
import { inRecord } from '../../shared/domain';
import type { CreatedSession, InviteLink, JoinLookup, RotatedKey, SessionAccess, SessionListItem, SessionLinks, SessionReport, UpdatedSession } from '../../shared/http';
import type { PanelInvite } from '../../shared/protocol';
import { routes } from '../../shared/http';
import { createSessionSchema, idSchema, joinCodeSchema, rotateKeySchema, updateSessionSchema } from '../../shared/schemas';
import { sessionInfo, type SessionMeta } from '../domain/records';
import { sessionReport } from '../domain/registry';
import type { RateLimits } from '../limits';
import { secretMatches, secretsEqual } from '../security';
import type { SessionDoc } from '../service/codec';
import type { EventService } from '../service/event-service';
import type { Created, SessionSecrets, SessionService } from '../service/session-service';
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

/** The invite link of every panelist whose token is at hand. */
export function inviteLinks(base: string, meta: SessionMeta, invites: PanelInvite[]): InviteLink[] {
  return invites.map(({ panelistId, token }) => ({
    panelistId,
    name: meta.panelists.find((p) => p.id === panelistId)?.name ?? '',
    link: base + routes.invite(meta.id, panelistId, token),
  }));
}

/**
 * Every link of a session, from its secrets (a moderator link is null when its key is not kept),
 * and its event's languages, which its wall takes turns in.
 */
export function sessionAccess(base: string, { meta, moderatorKeys, invites }: SessionSecrets, languages: string[]): SessionAccess {
  const console = (key: string | undefined) => (key ? base + routes.moderator(meta.id, key) : null);
  return {
    links: {
      moderator: console(moderatorKeys.onsite),
      onlineModerator: console(moderatorKeys.online),
      join: base + routes.join(meta.joinCode),
      wall: base + routes.wall(meta.id),
      invites: inviteLinks(base, meta, invites),
    },
    languages,
  };
}

/** The invite links of sessions as a CSV, one row per panelist. */
export function invitesCsv(base: string, sessions: SessionSecrets[]): string {
  const rows = sessions.flatMap(({ meta, invites }) =>
    inviteLinks(base, meta, invites).map((i) => {
      const panelist = meta.panelists.find((p) => p.id === i.panelistId);
      return [meta.code, meta.title, i.name, panelist?.organization ?? '', i.link];
    }),
  );
  return toCsv(['session_code', 'session_title', 'panelist', 'organization', 'invite_link'], rows);
}

export function sessionListItem(base: string, { meta, round, pledges }: SessionDoc): SessionListItem {
  const publicLinks = { join: base + routes.join(meta.joinCode), wall: base + routes.wall(meta.id) };
  return {
    sessionId: meta.id,
    code: meta.code,
    title: meta.title,
    joinCode: meta.joinCode,
    createdAt: meta.createdAt,
    roundState: round.state,
    panelists: meta.panelists.length,
    pledges: pledges.filter(inRecord).length,
    eventId: meta.eventId,
    start: meta.details.start,
    room: meta.details.room,
    details: meta.details,
    links: { ...publicLinks, report: base + routes.report(meta.id) },
  };
}

/** A session just made: its links, and its event's languages (which its wall takes turns in). */
export function createdSession(base: string, { meta, moderatorKeys, invites }: Created, languages: string[]): CreatedSession {
  const links: SessionLinks = {
    moderator: base + routes.moderator(meta.id, moderatorKeys.onsite),
    onlineModerator: base + routes.moderator(meta.id, moderatorKeys.online),
    join: base + routes.join(meta.joinCode),
    wall: base + routes.wall(meta.id),
    invites: inviteLinks(base, meta, invites),
  };
  return { sessionId: meta.id, joinCode: meta.joinCode, links, languages };
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
    res.status(201).json({ ok: true, ...createdSession(options.publicUrl(), created.value[0]!, event?.languages ?? []) });
  });

  router.get('/sessions', limit('admin'), requireAdmin, async (_req, res) => {
    const docs = await service.listSessions();
    const sessions: SessionListItem[] = docs.map((doc) => sessionListItem(options.publicUrl(), doc));
    res.json({ ok: true, sessions });
  });

  // An organizer's change to a session's title, code or schedule details (not its panel, not its event).
  router.patch('/sessions/:id', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, noSession);
    const patch = parsed(updateSessionSchema, req.body, res);
    if (!patch) return;
    const updated = await service.updateSession(id.data, patch);
    if (!updated.ok) return sendError(res, updated.error);
    const doc = await service.loadSession(id.data);
    if (!doc) return sendError(res, noSession);
    const body: UpdatedSession = { session: sessionListItem(options.publicUrl(), doc) };
    res.json({ ok: true, ...body });
  });

  router.post('/sessions/:id/moderator-key', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, noSession);
    const input = parsed(rotateKeySchema, req.body ?? {}, res);
    if (!input) return;
    const rotated = await service.rotateModeratorKey(id.data, input.seat);
    if (!rotated.ok) return sendError(res, rotated.error);
    const body: RotatedKey = { seat: input.seat, link: options.publicUrl() + routes.moderator(id.data, rotated.value.moderatorKey) };
    res.json({ ok: true, ...body });
  });

  // Every link of a session, to hand out again (consoles and invites) without replacing any.
  router.get('/sessions/:id/links', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const secrets = id.success ? await service.secrets(id.data) : null;
    if (!secrets) return sendError(res, noSession);
    const event = secrets.meta.eventId ? await events.get(secrets.meta.eventId) : null;
    res.set('Cache-Control', 'no-store').json({ ok: true, ...sessionAccess(options.publicUrl(), secrets, event?.languages ?? []) });
  });

  router.get('/sessions/:id/invites.csv', limit('admin'), requireAdmin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const secrets = id.success ? await service.secrets(id.data) : null;
    if (!secrets) return sendError(res, noSession);
    res.set('Content-Disposition', attachment('invites-', secrets.meta.code || secrets.meta.id, 'csv')).set('Cache-Control', 'no-store');
    res.type('text/csv; charset=utf-8').send(invitesCsv(options.publicUrl(), [secrets]));
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
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(pledgesCsv([doc], tracked, ctx));
    else res.json(exportJson([doc], tracked, ctx));
  });

  // The rapporteur's report: opened with the session's moderator link (or by an organizer).
  router.get('/sessions/:id/report', limit('lookup'), async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const doc = id.success ? await service.loadSession(id.data) : null;
    const token = bearer(req);
    const keys = doc ? Object.values(doc.moderatorKeys) : [];
    const legacy = doc?.meta.moderatorKeyHash;
    const allowed =
      doc && token && (secretsEqual(token, options.adminToken) || keys.some((k) => secretsEqual(token, k)) || (!!legacy && secretMatches(token, legacy)));
    if (!doc || !allowed) {
      // Unknown session and wrong key answer alike, so the endpoint does not reveal which sessions exist.
      return sendError(res, { code: 'unauthorized', message: 'Open the report with the session’s moderator link.' });
    }
    const session = sessionInfo(doc.meta);
    const event = doc.meta.eventId ? await events.get(doc.meta.eventId) : null;
    const { counts } = await service.reactionCounts(doc.meta.id);
    const body: SessionReport = sessionReport(session, event, doc.round, doc.pledges, doc.activity, clock(), counts);
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
