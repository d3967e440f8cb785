import { Router, type Request, type Response } from 'express';
import type { Health } from '../../shared/http';
import { sendError } from '../http/errors';
import { bearer } from '../http/guards';
import { methodNotAllowed } from '../http/not-found';
import { secretsEqual } from '../security';
import type { SessionStore } from '../store/types';
import type { Metrics } from './metrics';
import type { ReadinessCheck } from './readiness';

/**
 * The operator's endpoints, outside the API: liveness (`/healthz`: the process answers), readiness
 * (`/readyz`: send traffic here) and the metrics (`/metrics`, Prometheus' text format, behind a
 * bearer token when one is configured).
 */
export function opsRoutes(deps: { store: SessionStore; readiness: ReadinessCheck; metrics: Metrics; metricsToken: string | undefined }): Router {
  const router = Router();
  const uncached = (res: Response) => res.set('Cache-Control', 'no-store');

  router.get('/healthz', (_req, res) => {
    const body: Health = { ok: true, store: deps.store.kind };
    uncached(res).json(body);
  });

  router.get('/readyz', async (_req, res) => {
    const readiness = await deps.readiness.check();
    uncached(res).status(readiness.ready ? 200 : 503).json(readiness);
  });

  router.get('/metrics', async (req: Request, res: Response) => {
    const token = deps.metricsToken;
    if (token) {
      const presented = bearer(req);
      if (!presented || !secretsEqual(presented, token)) {
        res.set('WWW-Authenticate', 'Bearer');
        return sendError(res, { code: 'unauthorized', message: 'A valid metrics token is required.' }, 401);
      }
    }
    const text = await deps.metrics.text();
    uncached(res).type(deps.metrics.contentType).send(text);
  });

  router.all(['/healthz', '/readyz', '/metrics'], (_req, res) => methodNotAllowed(res, ['GET', 'HEAD']));
  return router;
}
