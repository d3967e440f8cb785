/**
 * Which browser origins may open a Socket.IO connection. Engine.io does not compare origins
 * itself, so without this check any web page could open a WebSocket to the server with the
 * visitor's network position (cross-site WebSocket hijacking).
 *
 * - With PUBLIC_URL set: only its origin, plus ALLOWED_ORIGINS.
 * - Without it (local use): the origin must name the host the request was sent to.
 * A request without an Origin header comes from a non-browser client and is allowed: the
 * attack needs a browser, and browsers always send Origin on cross-origin and WebSocket requests.
 */
export interface OriginPolicy {
  publicOrigin: string | null;
  allowedOrigins: string[];
}

export function originAllowed(origin: string | undefined, host: string | undefined, policy: OriginPolicy): boolean {
  if (!origin) return true;
  if (policy.allowedOrigins.includes(origin)) return true;
  if (policy.publicOrigin) return origin === policy.publicOrigin;
  try {
    return !!host && new URL(origin).host === host;
  } catch {
    return false;
  }
}
