import { isUtf8 } from 'node:buffer';
import express, { Router } from 'express';
import { inRecord, LIMITS } from '../../shared/domain';
import type { EventDetail, EventListItem, ImportResponse } from '../../shared/http';
import { routes } from '../../shared/http';
import { createEventSchema, idSchema, updateEventSchema, type EventInfo } from '../../shared/schemas';
import { dashboard } from '../domain/registry';
import type { Request, Response } from 'express';
import { secretsOf } from '../service/session-service';
import { sendError } from './errors';
import { exportJson, pledgesCsv } from './exports';
import { adminOnly, attachment, parsed, rateLimit } from './guards';
import { createdSession, invitesCsv, sessionListItem, type RouteServices, type SessionRoutesOptions } from './sessions';

const noEvent = { code: 'event_not_found', message: 'This event does not exist.' } as const;

/** Organizer routes of events: create, list, schedule import, exports, follow-up dashboard. */
export function eventRoutes({ events, clock }: RouteServices, options: SessionRoutesOptions): Router {
  const router = Router();
  const admin = [rateLimit(options.limits, 'admin'), adminOnly(options.adminToken)];

  const loadEvent = async (req: Request, res: Response): Promise<EventInfo | undefined> => {
    const id = idSchema.safeParse(req.params.id);
    const event = id.success ? await events.get(id.data) : null;
    if (!event) sendError(res, noEvent);
    return event ?? undefined;
  };

  router.post('/events', ...admin, async (req, res) => {
    const input = parsed(createEventSchema, req.body, res);
    if (!input) return;
    const event = await events.create(input);
    res.status(201).json({ ok: true, event });
  });

  router.get('/events', ...admin, async (_req, res) => {
    const list = await events.list();
    const items: EventListItem[] = await Promise.all(
      list.map(async (event) => {
        const docs = await events.sessionDocs(event.id);
        return { ...event, sessions: docs.length, pledges: docs.reduce((n, d) => n + d.pledges.filter(inRecord).length, 0) };
      }),
    );
    res.json({ ok: true, events: items });
  });

  router.patch('/events/:id', ...admin, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    if (!id.success) return sendError(res, noEvent);
    const patch = parsed(updateEventSchema, req.body, res);
    if (!patch) return;
    const updated = await events.update(id.data, patch);
    if (!updated.ok) return sendError(res, updated.error);
    res.json({ ok: true, event: updated.value });
  });

  router.get('/events/:id', ...admin, async (req, res) => {
    const event = await loadEvent(req, res);
    if (!event) return;
    const docs = await events.sessionDocs(event.id);
    const body: EventDetail = {
      event,
      sessions: docs.map((doc) => sessionListItem(options.publicUrl(), doc)),
      links: { registry: options.publicUrl() + routes.registry(event.id) },
    };
    res.json({ ok: true, ...body });
  });

  // Schedule import: the CSV file as the body. `?dryRun=1` checks it and creates nothing.
  router.post(
    '/events/:id/import',
    ...admin,
    express.text({
      type: ['text/csv', 'text/plain', 'application/csv'],
      limit: LIMITS.importBytesMax,
      verify: (_req, _res, buf) => {
        if (!isUtf8(buf)) throw Object.assign(new Error('body is not UTF-8'), { status: 400, type: 'encoding.invalid' });
      },
    }),
    async (req, res) => {
      const event = await loadEvent(req, res);
      if (!event) return;
      if (typeof req.body !== 'string') {
        return sendError(res, { code: 'invalid_payload', message: 'Send the schedule as the request body with Content-Type: text/csv.' }, 415);
      }
      const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
      const outcome = await events.importSchedule(event, req.body, dryRun);
      if (!outcome.ok) {
        const n = outcome.problems.length;
        const body: ImportResponse = {
          ok: false,
          error: { code: 'import_invalid', message: `Nothing was imported: ${n} problem${n === 1 ? '' : 's'} in the file.` },
          problems: outcome.problems,
        };
        return res.status(422).json(body);
      }
      const body: ImportResponse = {
        ok: true,
        dryRun: outcome.dryRun,
        sessions: outcome.sessions,
        created: outcome.created.map((c) => createdSession(options.publicUrl(), c, event.languages)),
      };
      res.status(dryRun ? 200 : 201).json(body);
    },
  );

  // Organizer exports of a whole event: every pledge of every session, record-only included.
  router.get('/events/:id/export.:format', ...admin, async (req, res) => {
    const event = await loadEvent(req, res);
    if (!event) return;
    const format = req.params.format;
    if (format !== 'csv' && format !== 'json') return sendError(res, { code: 'invalid_payload', message: 'Export format is csv or json.' }, 404);
    const docs = await events.sessionDocs(event.id);
    const tracked = await events.tracked(docs);
    const ctx = { event, now: clock() };
    res.set('Content-Disposition', attachment('pledges-', event.name, format));
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(pledgesCsv(docs, tracked, ctx));
    else res.json(exportJson(docs, tracked, ctx));
  });

  // Every panelist's invite link in the event, one row per panelist, in programme order.
  router.get('/events/:id/invites.csv', ...admin, async (req, res) => {
    const event = await loadEvent(req, res);
    if (!event) return;
    const docs = await events.sessionDocs(event.id);
    const secrets = docs.map(secretsOf);
    res.set('Content-Disposition', attachment('invites-', event.name, 'csv')).set('Cache-Control', 'no-store');
    res.type('text/csv; charset=utf-8').send(invitesCsv(options.publicUrl(), secrets));
  });

  router.get('/events/:id/dashboard', ...admin, async (req, res) => {
    const event = await loadEvent(req, res);
    if (!event) return;
    const tracked = await events.tracked(await events.sessionDocs(event.id));
    res.set('Cache-Control', 'no-store').json({ ok: true, ...dashboard(event, tracked, clock()) });
  });

  return router;
}
