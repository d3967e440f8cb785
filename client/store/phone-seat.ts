import type { Presence } from '../../shared/domain';
import type { SeatRequest } from '../../shared/schemas';
import { emitUntilAnswered, emitWithAck, type AppSocket } from '../socket';
import { newSecret, readItem, storageKeys, takeFromFragment, writeItem } from '../storage';
import { getSocket, requestSnapshot } from './live';
import { discardRefused } from './phone-outbox';
import { usePhone, type JoinStep } from './phone-state';
import { useSession } from './session';

/**
 * How a phone comes to act in a session: its own device token, a panelist's seat (at once with
 * the personal invite link, or once a moderator lets it in), or a place in the audience.
 */

/** What the server accepts as a device token: at least 128 bits, base64url. */
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{22,128}$/;
/** Tokens of this page load, by session: they hold even where storage does not (private mode). */
const tokens = new Map<string, string>();

/**
 * This phone's secret for the session: made here once (128 random bits), kept on the phone and
 * presented with every connection. The server knows only its digest, and recognises the phone by
 * it after a reload or a lost answer. A browser that opened the session's wall as an online
 * viewer first takes that wall's token: its supports are one person's on both pages.
 */
export function deviceToken(sessionId: string): string {
  const known = tokens.get(sessionId);
  if (known) return known;
  const own = readItem('local', storageKeys.device(sessionId));
  const kept = own ?? readItem('local', storageKeys.viewer(sessionId));
  const token = kept && DEVICE_TOKEN.test(kept) ? kept : newSecret();
  if (token !== own) writeItem('local', storageKeys.device(sessionId), token);
  tokens.set(sessionId, token);
  return token;
}

// ---------- the personal invite link ----------

/** The invite this page was opened with, until the claim with it is answered. */
let invite: { panelistId: string; token: string } | null = null;

/**
 * The phone opened a panelist's personal invite link: it takes that seat as soon as it is
 * connected. The token comes in the address's fragment, which is cleared at once so the secret is
 * not left on screen; the phone keeps it until the seat is taken, so a reload before that works.
 */
export function openInvite(sessionId: string, panelistId: string): void {
  const key = storageKeys.invite(sessionId, panelistId);
  const fromLink = takeFromFragment('invite');
  if (fromLink) writeItem('local', key, fromLink);
  const token = fromLink ?? readItem('local', key);
  invite = token ? { panelistId, token } : null;
  usePhone.setState({ invitedAs: invite?.panelistId ?? null, inviteReplaced: false, step: { kind: invite ? 'choose' : 'panel' } });
}

function forgetInvite(): void {
  const { sessionId } = usePhone.getState();
  if (sessionId && invite) writeItem('local', storageKeys.invite(sessionId, invite.panelistId), null);
  invite = null;
  usePhone.setState({ invitedAs: null });
}

// ---------- claiming a seat ----------

/**
 * Asks for a panelist's seat: with the invite, the phone is seated at once; without it (or while
 * another device holds the seat) the moderators are asked to let it in. Asking again is harmless:
 * the server answers with the same seat or the same request, so an attempt without an answer is
 * repeated on its own, and the page says so.
 */
async function claim(panelistId: string, token: string | null): Promise<void> {
  const socket = getSocket();
  const { sessionId, claiming } = usePhone.getState();
  if (!socket || !sessionId || claiming) return;
  usePhone.setState({ claiming: panelistId, claimError: null, claimRetries: 0 });
  const res = await emitUntilAnswered(socket, 'panelist:claim', [token ? { panelistId, invite: token } : { panelistId }], {
    stillWanted: () => getSocket() === socket,
    onRetry: (claimRetries) => usePhone.setState({ claimRetries }),
  });
  if (getSocket() !== socket) return;
  usePhone.setState({ claiming: null, claimRetries: 0 });
  if (!res.ok) {
    const code = res.error.code;
    if (token && code === 'invite_invalid') return void usePhone.setState({ inviteReplaced: true, claimError: null });
    if (token) forgetInvite();
    usePhone.setState({ claimError: code });
    return;
  }
  if (token) forgetInvite();
  if (res.state === 'waiting') {
    usePhone.setState({ request: res.request, dismissedRequest: null, released: false });
    return;
  }
  usePhone.setState({ request: null, released: false, inviteReplaced: false, step: { kind: 'choose' } });
  discardRefused();
  // The server seats this connection and sends a fresh snapshot before acknowledging; if that
  // snapshot went missing, ask for one.
  if (useSession.getState().you?.panelistId !== res.panelistId) void requestSnapshot(socket);
}

/** Takes the seat that is this phone's: the moderator let it in, or it holds the seat's invite. */
export function retrySeat(): void {
  const { request, inviteReplaced } = usePhone.getState();
  if (request?.state === 'admitted') void claim(request.panelistId, null);
  else if (invite && !inviteReplaced) void claim(invite.panelistId, invite.token);
}

/** Asks the moderators to let this phone in as the panelist (nothing is posted until they do). */
export function askForSeat(panelistId: string): void {
  usePhone.setState({ inviteReplaced: false });
  forgetInvite();
  void claim(panelistId, null);
}

/** Steps back from a pending request to the panel's names; the moderators' consoles drop it. */
export function leaveRequest(): void {
  const { request } = usePhone.getState();
  usePhone.setState({ request: null, dismissedRequest: request?.id ?? null, claimError: null, step: { kind: 'panel' } });
  const socket = getSocket();
  if (request?.state === 'pending' && socket) void emitWithAck(socket, 'seat:withdraw', { panelistId: request.panelistId });
}

export function goTo(step: JoinStep): void {
  usePhone.setState({ step, claimError: null, joinError: null, inviteReplaced: false });
  if (step.kind === 'choose' || step.kind === 'audience') forgetInvite();
}

// ---------- the audience ----------

/** Joins the audience; joining again is harmless (the same membership), so a lost answer is asked again on its own. */
export async function joinAudience(input: { presence: Presence; name: string; organization: string }): Promise<void> {
  const socket = getSocket();
  if (!socket || usePhone.getState().joining) return;
  usePhone.setState({ joining: true, joinError: null, joinRetries: 0 });
  const res = await emitUntilAnswered(socket, 'audience:join', [input], {
    stillWanted: () => getSocket() === socket,
    onRetry: (joinRetries) => usePhone.setState({ joinRetries }),
  });
  if (getSocket() !== socket) return;
  usePhone.setState({ joining: false, joinRetries: 0, joinError: res.ok ? null : res.error.code });
  if (!res.ok) return;
  discardRefused();
  // The server sends the audience's view before acknowledging; if it went missing, ask for it.
  if (!useSession.getState().you?.audience) void requestSnapshot(socket);
}

// ---------- following the seat ----------

/**
 * Keeps the phone's seat in step with the server: a snapshot says whether it is seated and shows
 * its latest request; a moderator's answer arrives as `seat:answered` (once let in, the phone
 * takes the seat); an invite is used once the connection is up.
 */
export function watchSeat(socket: AppSocket): () => void {
  const onState = () => {
    const { you } = useSession.getState();
    if (!you) return;
    const { dismissedRequest } = usePhone.getState();
    // An admission the snapshot still lists is history: a phone let in is seated when it connects,
    // and one seen without its seat has been released since.
    const request: SeatRequest | null = you.panelistId || you.request?.state === 'admitted' ? null : you.request;
    const dismissed = request !== null && request.id === dismissedRequest;
    usePhone.setState({ request: dismissed ? null : request });
    if (you.panelistId) forgetInvite();
    proceed();
  };
  const onAnswered = ({ request }: { request: SeatRequest }) => {
    usePhone.setState({ request, dismissedRequest: null });
    proceed();
  };
  const proceed = () => {
    const { you, baseSeq } = useSession.getState();
    // The copy kept from the last visit is no answer from the server.
    if (socket.connected && you && baseSeq >= 0 && !you.panelistId) retrySeat();
  };
  socket.on('session:state', onState);
  // An up-to-date reconnect gets no snapshot.
  socket.on('connect', proceed);
  socket.on('seat:answered', onAnswered);
  return () => {
    socket.off('session:state', onState);
    socket.off('connect', proceed);
    socket.off('seat:answered', onAnswered);
  };
}
