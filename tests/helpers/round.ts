import { randomUUID } from 'node:crypto';
import type { ClaimResult } from '../../shared/protocol';
import type { AudienceMember, Pledge } from '../../shared/schemas';
import { Client, newDeviceToken } from './clients';
import { createSession, inviteFor, keyOf, PANEL, type TestServer } from './server';

/** A session with its (onsite) moderator connected, ready for phones and walls. */
export async function setupSession(server: Pick<TestServer, 'url'>, body = PANEL, waitMs = 5000) {
  const created = await createSession(server.url, body);
  const moderator = new Client(server.url, { role: 'moderator', sessionId: created.sessionId, key: created.moderatorKey });
  const modState = await moderator.snapshot(0, waitMs);
  const wall = () => new Client(server.url, { role: 'wall', sessionId: created.sessionId });
  return { created, moderator, modState, panelists: modState.session.panelists, wall };
}

/** A moderator connected with the key of a moderator link (`…/s/:sessionId/moderate#key=…`). */
export function moderatorByLink(url: string, link: string): Client {
  return new Client(url, { role: 'moderator', sessionId: new URL(link).pathname.split('/')[2]!, key: keyOf(link) });
}

/** A phone connection presenting its own device token (a fresh one unless given). */
export function phoneClient(url: string, sessionId: string, deviceToken = newDeviceToken()) {
  return { phone: new Client(url, { role: 'phone', sessionId, deviceToken }), deviceToken };
}

/**
 * A phone that opened the panelist's personal invite link: it makes its device token, connects
 * and claims the seat with the invite (the seat's current one, from the organizer's links, unless
 * given). Reconnects present the same device token.
 */
export async function seatedPhone(
  url: string,
  sessionId: string,
  panelistId: string,
  opts: number | { invite?: string; waitMs?: number; deviceToken?: string } = {},
) {
  const { waitMs = 5000, ...o } = typeof opts === 'number' ? { waitMs: opts } : opts;
  const invite = o.invite ?? (await inviteFor(url, sessionId, panelistId));
  const { phone, deviceToken } = phoneClient(url, sessionId, o.deviceToken);
  await phone.snapshot(0, waitMs);
  const claim = await phone.send('panelist:claim', { panelistId, invite });
  if (!claim.ok || (claim as unknown as ClaimResult).state !== 'seated') throw new Error(`claim failed: ${JSON.stringify(claim)}`);
  await phone.waitFor('session:state', (s) => s.you.panelistId === panelistId, waitMs);
  return { phone, deviceToken, invite };
}

/** A phone that joined by code and asked for a panelist's seat without an invite: it waits for a moderator. */
export async function waitingPhone(url: string, sessionId: string, panelistId: string, deviceToken = newDeviceToken()) {
  const { phone } = phoneClient(url, sessionId, deviceToken);
  await phone.snapshot();
  const claim = await phone.send('panelist:claim', { panelistId });
  const result = claim as unknown as { ok: true } & ClaimResult;
  if (!claim.ok || result.state !== 'waiting') throw new Error(`expected to wait: ${JSON.stringify(claim)}`);
  return { phone, deviceToken, request: result.request };
}

/** A phone that joined the audience (onsite or online); it then reads the session like a wall. */
export async function audiencePhone(url: string, sessionId: string, input: { presence: AudienceMember['presence']; name?: string; organization?: string }) {
  const { phone, deviceToken } = phoneClient(url, sessionId);
  await phone.snapshot();
  const joined = await phone.send('audience:join', input);
  if (!joined.ok) throw new Error(`audience:join failed: ${JSON.stringify(joined)}`);
  const member = joined.member as AudienceMember;
  await phone.waitFor('session:state', (s) => s.you.audience?.id === member.id);
  return { phone, deviceToken, member };
}

export const pledgeFor = (text: string, extra: Partial<{ id: string; capacity: 'individual' | 'organization'; organization: string }> = {}) => ({
  id: extra.id ?? randomUUID(),
  text,
  capacity: extra.capacity ?? 'organization',
  organization: extra.organization ?? '',
});

export const texts = (pledges: Pledge[]) => pledges.map((p) => p.text).sort();

/**
 * Seats a phone for each panelist and submits their pledge, one after the other; returns the
 * phones (for the caller to close) and the stored pledges, in the order given.
 */
export async function panelPledges(url: string, sessionId: string, entries: readonly (readonly [string, string])[]): Promise<{ phones: Client[]; pledges: Pledge[] }> {
  const phones: Client[] = [];
  const pledges: Pledge[] = [];
  for (const [panelistId, text] of entries) {
    const { phone } = await seatedPhone(url, sessionId, panelistId);
    phones.push(phone);
    pledges.push((await phone.sendOk('pledge:submit', pledgeFor(text))).pledge as Pledge);
  }
  return { phones, pledges };
}

/** The usual panel and a fourth panelist. */
export const PANEL_OF_FOUR = {
  ...PANEL,
  panelists: [...PANEL.panelists, { name: 'Olu Adeyemi', organization: 'Lagos Digital Hub', stakeholderGroup: 'Private Sector' as const }],
};

/**
 * A four-panelist session on two servers sharing one Redis, its round open to the audience: the
 * onsite console and a wall on `server`, the online console and a wall on `otherUrl`, all with
 * their first state. The caller closes the clients (`clients`).
 */
export async function sessionOnTwoServers(server: TestServer, otherUrl: string) {
  const s = await setupSession(server, PANEL_OF_FOUR);
  const sessionId = s.created.sessionId;
  const online = new Client(otherUrl, { role: 'moderator', sessionId, key: s.created.onlineModeratorKey });
  const wallA = s.wall();
  const wallB = new Client(otherUrl, { role: 'wall', sessionId });
  const clients = [s.moderator, online, wallA, wallB];
  await Promise.all([online.snapshot(), wallA.snapshot(), wallB.snapshot()]);
  await s.moderator.sendOk('round:open', { pledgers: 'panel-and-audience' });
  return { ...s, sessionId, online, wallA, wallB, clients };
}

/** Three panelists' pledges, for tests that need a few shown pledges on a PANEL session. */
export const THREE_PLEDGES = [
  'We will publish our community network maps as open data.',
  'Our ministry will consult civil society on the new AI guidelines.',
  'LACNIC will train two hundred network operators in IPv6 this year.',
] as const;
