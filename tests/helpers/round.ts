import { randomUUID } from 'node:crypto';
import type { Pledge } from '../../shared/schemas';
import { Client } from './clients';
import { createSession, PANEL, type TestServer } from './server';

/** A session with a moderator connected, ready for phones and walls. */
export async function setupSession(server: Pick<TestServer, 'url'>, body = PANEL, waitMs = 5000) {
  const created = await createSession(server.url, body);
  const moderator = new Client(server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
  const modState = await moderator.snapshot(0, waitMs);
  const wall = () => new Client(server.url, { role: 'wall', sessionId: created.sessionId });
  return { created, moderator, modState, panelists: modState.session.panelists, wall };
}

/** A moderator connected with the key of a moderator link (`…/s/:sessionId/moderate#key=…`). */
export function moderatorByLink(url: string, link: string): Client {
  const parsed = new URL(link);
  return new Client(url, { role: 'moderator', sessionId: parsed.pathname.split('/')[2]!, key: parsed.hash.replace('#key=', '') });
}

/** A phone that has picked its name; reconnects present the stored device token. */
export async function seatedPhone(url: string, sessionId: string, panelistId: string, waitMs = 5000) {
  let deviceToken: string | undefined;
  const phone = new Client(url, () => ({ role: 'phone', sessionId, ...(deviceToken ? { deviceToken } : {}) }));
  await phone.snapshot(0, waitMs);
  const claim = await phone.send('panelist:claim', { panelistId });
  if (!claim.ok) throw new Error(`claim failed: ${JSON.stringify(claim)}`);
  deviceToken = claim.deviceToken as string;
  await phone.waitFor('session:state', (s) => s.you.panelistId === panelistId, waitMs);
  return { phone, deviceToken: deviceToken!, setToken: (t: string | undefined) => (deviceToken = t) };
}

export const pledgeFor = (text: string, extra: Partial<{ id: string; capacity: 'individual' | 'organization'; organization: string }> = {}) => ({
  id: extra.id ?? randomUUID(),
  text,
  capacity: extra.capacity ?? 'organization',
  organization: extra.organization ?? '',
});

export const texts = (pledges: Pledge[]) => pledges.map((p) => p.text).sort();
