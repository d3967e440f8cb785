import { Router } from 'express';
import { DEFAULT_SILENT_AFTER_MONTHS } from '../../shared/domain';
import type { PublicPledgeResponse, RegistryResponse } from '../../shared/http';
import { routes } from '../../shared/http';
import { matchesRegistryQuery } from '../../shared/registry';
import { idSchema, progressReportInputSchema, registryQuerySchema, uuidSchema } from '../../shared/schemas';
import { isPublic, publicPledge } from '../domain/registry';
import type { FollowUpService } from '../service/follow-up-service';
import { sendError } from './errors';
import { bearer, parsed, rateLimit } from './guards';
import type { RouteServices, SessionRoutesOptions } from './sessions';

const noPledge = { code: 'pledge_not_found', message: 'There is no public pledge at this address.' } as const;

/**
 * Routes without the admin token: the public registry (public pledges only, never record-only
 * ones) and the authors' follow-up (opened with the pledge's private token).
 */
export function publicRoutes(services: RouteServices & { followUps: FollowUpService }, options: SessionRoutesOptions): Router {
  const { events, sessions, followUps, clock } = services;
  const router = Router();
  const limit = rateLimit(options.limits, 'lookup');
  const publicUrl = (pledgeId: string) => options.publicUrl() + routes.publicPledge(pledgeId);

  router.get('/events/:id/registry', limit, async (req, res) => {
    const id = idSchema.safeParse(req.params.id);
    const event = id.success ? await events.get(id.data) : null;
    if (!event) return sendError(res, { code: 'event_not_found', message: 'This event does not exist.' });
    const query = parsed(registryQuerySchema, req.query, res);
    if (!query) return;
    const registry = await events.publicRegistry(event);
    res.set('Cache-Control', 'public, max-age=10');
    if (Object.values(query).every((v) => v === undefined)) {
      // The registry page asks for everything and filters in the browser: served as computed.
      res.type('application/json').vary('Accept-Encoding');
      if (req.acceptsEncodings('gzip') === 'gzip') res.set('Content-Encoding', 'gzip').send(registry.gzipped);
      else res.send(registry.body);
      return;
    }
    const body: RegistryResponse = { event, pledges: registry.pledges.filter((p) => matchesRegistryQuery(p, query)), total: registry.pledges.length };
    res.json({ ok: true, ...body });
  });

  router.get('/pledges/:id', limit, async (req, res) => {
    const id = uuidSchema.safeParse(req.params.id);
    const sessionId = id.success ? await sessions.pledgeSession(id.data) : null;
    const doc = sessionId ? await sessions.loadSession(sessionId) : null;
    const pledge = doc?.pledges.find((p) => p.id === id.data);
    // A record-only pledge reads exactly like one that does not exist.
    if (!doc || !pledge || !isPublic(pledge)) return sendError(res, noPledge);
    const event = doc.meta.eventId ? await events.get(doc.meta.eventId) : null;
    const [tracked] = await events.tracked([{ ...doc, pledges: [pledge] }]);
    const body: PublicPledgeResponse = {
      event,
      pledge: publicPledge(tracked!, clock(), event?.silentAfterMonths ?? DEFAULT_SILENT_AFTER_MONTHS),
    };
    res.set('Cache-Control', 'no-cache').json({ ok: true, ...body });
  });

  router.get('/follow-up/:id', limit, async (req, res) => {
    const id = uuidSchema.safeParse(req.params.id);
    const token = bearer(req);
    const view = id.success && token ? await followUps.view(id.data, token, publicUrl) : null;
    if (!view || !view.ok) return sendError(res, view?.error ?? { code: 'unauthorized', message: 'This follow-up link is not valid.' });
    res.set('Cache-Control', 'no-store').json({ ok: true, ...view.value });
  });

  router.post('/follow-up/:id/reports', limit, async (req, res) => {
    const id = uuidSchema.safeParse(req.params.id);
    const token = bearer(req);
    if (!id.success || !token) return sendError(res, { code: 'unauthorized', message: 'This follow-up link is not valid.' });
    const input = parsed(progressReportInputSchema, req.body, res);
    if (!input) return;
    const result = await followUps.report(id.data, token, input, publicUrl);
    if (!result.ok) return sendError(res, result.error);
    res.status(201).set('Cache-Control', 'no-store').json({ ok: true, ...result.value });
  });

  return router;
}
