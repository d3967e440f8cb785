import { randomBytes } from 'node:crypto';
import type { CreateEventInput, CreateSessionInput } from '../../shared/schemas';
import { browserAndServer, pageErrors } from './browser';
import { seatedPhone, setupSession } from './round';
import { createEvent, PANEL, type TestServer } from './server';

/** An event made through the API and a session in it, with its moderator connected (see setupSession). */
export async function sessionInEvent(server: Pick<TestServer, 'url'>, eventBody: CreateEventInput, sessionBody: CreateSessionInput = PANEL) {
  const event = await createEvent(server.url, eventBody);
  const session = await setupSession(server, { ...sessionBody, eventId: event.id });
  return { event, ...session };
}

/**
 * Seats a socket phone as the panelist and submits the pledge with its follow-up link's secret,
 * made as the phone page makes it; answers the phone, the acknowledgement (throws unless it is ok)
 * and that secret. The phone is added to `sockets`, to be closed by the test.
 */
export async function submitFromPhone(
  url: string,
  sessionId: string,
  panelistId: string,
  pledge: Record<string, unknown>,
  sockets: { close(): void }[],
) {
  const seated = await seatedPhone(url, sessionId, panelistId);
  sockets.push(seated.phone);
  const followUpToken = randomBytes(16).toString('base64url');
  const ack = await seated.phone.send('pledge:submit', { followUpToken, ...pledge });
  if (!ack.ok) throw new Error(`submit failed: ${JSON.stringify(ack)}`);
  return { ...seated, ack, followUpToken };
}

/**
 * For a describe block of browser tests: a browser and a server (browserAndServer), the page
 * errors each test must not have (pageErrors), a session of a new event with its round open
 * (`room`, there from the first test and the describe's later beforeAll hooks on), and `sockets`
 * closed after the tests.
 */
export function browserRoomInEvent(eventBody: CreateEventInput) {
  const env = browserAndServer();
  const ctx = { env, errors: pageErrors(), sockets: [] as { close(): void }[], room: null as unknown as Awaited<ReturnType<typeof sessionInEvent>> };
  afterAll(() => ctx.sockets.forEach((s) => s.close()));
  beforeAll(async () => {
    ctx.room = await sessionInEvent(env.server, eventBody);
    ctx.sockets.push(ctx.room.moderator);
    await ctx.room.moderator.sendOk('round:open', {});
  });
  return ctx;
}
