import type { RequestHandler, Response, Router } from 'express';
import type { RouteError } from '../../shared/http';

function refuse(res: Response, status: 404 | 405, error: RouteError['error']): void {
  const body: RouteError = { ok: false, error };
  res.status(status).json(body);
}

/** Answers a method a known address does not take: 405, with the methods it does take (`Allow`). */
export function methodNotAllowed(res: Response, allow: string[]): void {
  res.set('Allow', allow.join(', '));
  refuse(res, 405, { code: 'method_not_allowed', message: `This address takes ${allow.join(', ')} only.` });
}

/** What Express keeps of a route: its path matcher and its methods. */
interface RouteLayer {
  route?: { methods: Record<string, boolean | undefined> };
  match(path: string): boolean;
}

/** The methods the routers answer at `path` (HEAD wherever GET is), in a stable order. */
function allowedMethods(routers: Router[], path: string): string[] {
  const methods = new Set<string>();
  for (const router of routers) {
    for (const layer of (router as unknown as { stack: RouteLayer[] }).stack) {
      if (!layer.route || !layer.match(path)) continue;
      for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * The API's last handler: an address none of `routers` knows is a JSON 404 (`not_found`), never
 * the client's page; a known address asked with another method is a 405 naming the ones it takes.
 */
export function apiNotFound(routers: Router[]): RequestHandler {
  return (req, res) => {
    const allow = allowedMethods(routers, req.path);
    if (allow.length > 0 && !allow.includes(req.method)) return methodNotAllowed(res, allow);
    refuse(res, 404, { code: 'not_found', message: 'There is no API at this address.' });
  };
}
