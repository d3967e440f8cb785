/** Response bodies of the HTTP API under /api. Request bodies are the zod schemas in ./schemas. */
import type { AppError } from './protocol';
import type { Panelist, RoundState } from './schemas';

export type HttpResult<T extends object> = ({ ok: true } & T) | { ok: false; error: AppError };

export interface SessionLinks {
  moderator: string;
  join: string;
  wall: string;
}

/** POST /api/sessions (bearer ADMIN_TOKEN). The moderator link carries the key; it is shown once. */
export interface CreatedSession {
  sessionId: string;
  joinCode: string;
  links: SessionLinks;
}

/** GET /api/sessions (bearer ADMIN_TOKEN). */
export interface SessionListItem {
  sessionId: string;
  code: string;
  title: string;
  joinCode: string;
  createdAt: number;
  roundState: RoundState;
  panelists: number;
  pledges: number;
  links: Omit<SessionLinks, 'moderator'>;
}

/** POST /api/sessions/:id/moderator-key (bearer ADMIN_TOKEN): a new moderator link; the old key stops working. */
export interface RotatedKey {
  links: SessionLinks;
}

/** GET /api/join/:code — public: resolves a join code typed on the landing page. */
export interface JoinLookup {
  sessionId: string;
  /** The session's programme code, e.g. "WS #215" (not the join code). */
  sessionCode: string;
  title: string;
  panelists: Panelist[];
}

/** GET /healthz */
export interface Health {
  ok: true;
  store: 'redis' | 'memory';
}

/**
 * Page routes served by the single-page client.
 * Moderator keys travel in the URL fragment (#key=…), which browsers never send to the server,
 * so they cannot end up in access logs.
 */
export const routes = {
  landing: () => '/',
  join: (joinCode: string) => `/j/${joinCode}`,
  wall: (sessionId: string) => `/s/${sessionId}/wall`,
  moderator: (sessionId: string, key: string) => `/s/${sessionId}/moderate#key=${key}`,
  organizer: () => '/organizer',
  qr: (sessionId: string) => `/api/sessions/${sessionId}/qr.svg`,
} as const;
