/**
 * The forum scenario's setup on a target: one event with N sessions, each with an open round and
 * its panelists' phones seated. The product: POST /api/events, then POST /api/sessions with the
 * event's id, N times (targets.ts `openProductSession`). The bare server: fixed ids
 * (`bare-event`, `bare-session-1`…, as its forum snapshot lists them), phones that send each
 * version for the session's room and the event's room (targets.ts `openBareSession`).
 */
import { panelistInputs } from './fixtures';
import { ADMIN_TOKEN, openBareSession, openProductSession, type Session, type Target } from './targets';

export interface ForumSetup {
  eventId: string;
  /** In programme order; each with `panelists` phones. */
  sessions: Session[];
  close(): void;
}

async function createEvent(url: string): Promise<string> {
  const res = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Forum benchmark: commitments to action' }),
  });
  const created = (await res.json()) as { ok: boolean; event?: { id: string } };
  if (!res.ok || !created.ok || !created.event) throw new Error(`POST /api/events failed: ${res.status} ${JSON.stringify(created)}`);
  return created.event.id;
}

export async function prepareForum(target: Target, sessionCount: number, panelists: number): Promise<ForumSetup> {
  const sessions: Session[] = [];
  const close = () => sessions.forEach((s) => s.close());
  try {
    const eventId = target.audience === 'product' ? await createEvent(target.urls[0]!) : 'bare-event';
    // One after the other: each session seats its phones at once, which is burst enough.
    for (let k = 1; k <= sessionCount; k++) {
      sessions.push(
        target.audience === 'product'
          ? await openProductSession(target.urls, { title: `Forum benchmark session ${k}`, code: `WS #${k}`, panelists: panelistInputs(panelists), eventId })
          : await openBareSession(target.urls[0]!, `bare-session-${k}`, panelists, eventId),
      );
    }
    return { eventId, sessions, close };
  } catch (err) {
    close();
    throw err;
  }
}
