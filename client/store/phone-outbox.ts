import type { Pledge } from '../../shared/schemas';
import { PledgeOutbox, socketTransport, type OutboxState } from '../outbox';
import type { AppSocket } from '../socket';
import { newUuid, readItem, storageKeys, writeItem } from '../storage';
import { requestSnapshot } from './live';
import { detailsProblem, draftForEdit, draftPayload, draftProblem, emptyDraft } from './phone-draft';
import { cancelDrafting, setDraft } from './phone-form';
import { isLocked, usePhone } from './phone-state';
import { upsertPledge, useSession } from './session';

/**
 * Every submit and edit of the phone's pledge goes through its outbox (client/outbox.ts), which
 * keeps it on the phone and sends it until the server acknowledges it. The outbox's state is
 * mirrored into the phone's store; the follow-up link an acknowledgement carries is kept.
 */

/** Refusals after which the phone's view is probably wrong: fetch a fresh snapshot. */
const RESYNC_CODES: readonly string[] = ['already_pledged', 'pledge_not_found', 'not_claimed', 'not_your_pledge'];

/** This phone session's outbox. */
let outbox: PledgeOutbox | null = null;

/**
 * One outbox per phone session, persisted under `pledge-round:outbox:<sessionId>`. A pledge a
 * previous page load left unsent (reload, crash, flat battery) is sent once the socket connects.
 */
export function startOutbox(socket: AppSocket, sessionId: string): () => void {
  const box = new PledgeOutbox({
    storage: { get: (key) => readItem('local', key), set: (key, value) => writeItem('local', key, value) },
    key: storageKeys.outbox(sessionId),
    transport: socketTransport(socket),
    onFollowUpToken: keepFollowUpToken,
  });
  outbox = box;
  let previous = box.state;
  mirror(box.state);
  const unsubscribe = box.subscribe((state) => {
    const before = previous;
    previous = state;
    mirror(state);
    if (state.status === 'saved' && state.saved && state.saved !== before.saved) onSaved(state.saved, state.followUpToken);
    if (state.status === 'refused' && before.status !== 'refused' && state.error && RESYNC_CODES.includes(state.error)) {
      // The server knows better than this phone (a pledge from another device, a released seat):
      // a fresh snapshot shows the right screen. The text stays in the form.
      void requestSnapshot(socket);
    }
  });

  // Resume once the connection is up (or known to be down), so a reload does not flash "offline".
  let resumed = false;
  const resume = () => {
    if (resumed || outbox !== box) return;
    resumed = true;
    socket.off('connect', resume);
    socket.off('connect_error', resume);
    box.resume();
  };
  if (socket.connected) resume();
  else {
    socket.on('connect', resume);
    socket.on('connect_error', resume);
  }

  // The round open (again): a pledge held while it was closed goes out now. Also while an attempt
  // is in flight: its "round not open" answer may cross the news and must not leave it held.
  const unsubscribeRound = useSession.subscribe((s, prev) => {
    if (s.round?.state === 'open' && prev.round?.state !== 'open') box.wake();
  });

  return () => {
    unsubscribe();
    unsubscribeRound();
    socket.off('connect', resume);
    socket.off('connect_error', resume);
    box.stop();
    if (outbox === box) outbox = null;
  };
}

function mirror(state: OutboxState): void {
  usePhone.setState({
    // Restored from storage and not resumed yet: it is about to be sent.
    send: state.status === 'idle' && state.pending ? 'sending' : state.status,
    sendError: state.error,
    pending: state.pending,
    lastSavedAt: state.lastSavedAt,
  });
}

function onSaved(pledge: Pledge, followUpToken: string | null): void {
  // Before the pledge reaches the screen, so the confirmation shows the link from its first render.
  if (followUpToken) keepFollowUpToken(pledge.id, followUpToken);
  upsertPledge(pledge);
  usePhone.setState({ nudgedAt: null });
  setDraft(emptyDraft);
  cancelDrafting(true);
}

/** Keeps a follow-up link's secret on this phone (the server hands it out once). */
export function keepFollowUpToken(pledgeId: string, token: string): void {
  writeItem('local', storageKeys.followUp(pledgeId), token);
  usePhone.setState((s) => ({ followUpTokens: { ...s.followUpTokens, [pledgeId]: token } }));
}

/**
 * A pledge refused while this phone had no seat (e.g. "join first") is not sent on its own for
 * the seat it now has: its text is still the draft in the form, ready to submit again.
 */
export function discardRefused(): void {
  if (outbox?.state.status === 'refused') outbox.discard();
}

export function startEdit(pledge: Pledge): void {
  const state = usePhone.getState();
  if (isLocked(state)) return;
  // A refused pledge (e.g. "already pledged" from a stale page) becomes the text of this edit, so
  // nothing typed is lost; the outbox forgets it.
  const refused = state.pending?.payload;
  if (state.pending) outbox?.discard();
  setDraft(draftForEdit(pledge, refused));
}

export function cancelEdit(): void {
  const state = usePhone.getState();
  if (isLocked(state)) return;
  if (state.pending) outbox?.discard();
  setDraft(emptyDraft);
}

/**
 * Hands the draft to the outbox, which keeps it on this phone and sends it until the server
 * acknowledges it: the pledge id is fixed first, so every retry is the same pledge to the server.
 * The draft stays until the acknowledgement (see onSaved), so nothing typed is ever lost.
 */
export function submitDraft(): void {
  const state = usePhone.getState();
  if (!outbox || isLocked(state) || draftProblem(state.draft.text) || detailsProblem(state.draft)) return;

  let draft = state.draft;
  // The id belongs to another pledge (a seat changed hands on this phone, an id used elsewhere):
  // the same text goes out as a new pledge with a new id.
  const idRefused = state.sendError === 'not_your_pledge' || state.sendError === 'pledge_id_taken';
  if (state.send === 'refused' && idRefused) draft = { ...draft, id: null, editing: false };
  const id = draft.id ?? newUuid();
  draft = { ...draft, id };
  setDraft(draft);
  outbox.enqueue(draft.editing ? 'pledge:edit' : 'pledge:submit', draftPayload(draft, id));
}
