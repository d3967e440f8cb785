import { isPhoneSecret } from '../../shared/domain';
import type { Pledge } from '../../shared/schemas';
import { PledgeOutbox, socketTransport, type OutboxState } from '../outbox';
import type { AppSocket } from '../socket';
import { newSecret, newUuid, readItem, storageKeys, writeItem } from '../storage';
import { requestSnapshot } from './live';
import { detailsProblem, draftForEdit, draftPayload, draftProblem, effectiveCapacity, emptyDraft } from './phone-draft';
import { cancelDrafting, setDraft } from './phone-form';
import { isLocked, usePhone } from './phone-state';
import { upsertPledge, useSession } from './session';

/**
 * Every submit and edit of the phone's pledge goes through its outbox (client/outbox.ts), which
 * keeps it on the phone and sends it until the server acknowledges it. The outbox's state is
 * mirrored into the phone's store. A new pledge's follow-up link is made here, before its first
 * send, so no lost answer can take it away.
 */

/** Refusals after which the phone's view is probably wrong: fetch a fresh snapshot. */
const RESYNC_CODES: readonly string[] = ['already_pledged', 'pledge_not_found', 'not_claimed', 'not_your_pledge', 'pledge_changed'];

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
  });
  outbox = box;
  let previous = box.state;
  mirror(box.state);
  const unsubscribe = box.subscribe((state) => {
    const before = previous;
    previous = state;
    mirror(state);
    if (state.status === 'saved' && state.saved && state.saved !== before.saved) onSaved(state.saved);
    if (state.status === 'changed' && state.saved && state.saved !== before.saved) onChanged(state.saved);
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
    superseded: state.superseded,
    lastSavedAt: state.lastSavedAt,
  });
}

function onSaved(pledge: Pledge): void {
  upsertPledge(pledge);
  usePhone.setState({ nudgedAt: null });
  setDraft(emptyDraft);
  cancelDrafting(true);
}

/**
 * A newer version was saved while this phone's text was on its way (from another device, or a
 * moderator's fix): the phone shows the stored version instead of its own copy and says so (the
 * text that was not applied stays on screen, see ChangedNotice); an edit starts from what is stored.
 */
function onChanged(current: Pledge): void {
  upsertPledge(current);
  setDraft(emptyDraft);
  cancelDrafting(true);
}

/** Keeps a follow-up link's secret on this phone, in storage and in the page's state. */
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
  // nothing typed is lost; the outbox forgets it (and a text a newer version overtook).
  const refused = state.pending?.payload;
  if (state.pending || state.send === 'changed') outbox?.discard();
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
  if (!outbox || isLocked(state) || draftProblem(state.draft.text) || !effectiveCapacity(state.draft) || detailsProblem(state.draft)) return;

  let draft = state.draft;
  // The id belongs to another pledge (a seat changed hands on this phone, an id used elsewhere):
  // the same text goes out as a new pledge with a new id.
  const idRefused = state.sendError === 'not_your_pledge' || state.sendError === 'pledge_id_taken';
  if (state.send === 'refused' && idRefused) {
    if (draft.id) forgetFollowUpToken(draft.id);
    draft = { ...draft, id: null, editing: false, basedOn: null };
  }
  const id = draft.id ?? newUuid();
  draft = { ...draft, id };
  setDraft(draft);
  if (draft.editing) return outbox.enqueue('pledge:edit', draftPayload(draft, id));
  outbox.enqueue('pledge:submit', { ...draftPayload(draft, id), followUpToken: followUpTokenFor(id) });
}

/**
 * The follow-up link's secret of a new pledge, made here and kept on the phone before the first
 * send: every retry carries the same one, so the link works whichever answer arrives.
 */
function followUpTokenFor(pledgeId: string): string {
  const kept = usePhone.getState().followUpTokens[pledgeId] ?? readItem('local', storageKeys.followUp(pledgeId));
  const token = kept && isPhoneSecret(kept) ? kept : newSecret();
  keepFollowUpToken(pledgeId, token);
  return token;
}

/** Drops the secret of a pledge id this phone will not use (the id belonged to someone else). */
function forgetFollowUpToken(pledgeId: string): void {
  writeItem('local', storageKeys.followUp(pledgeId), null);
  usePhone.setState((s) => {
    const { [pledgeId]: _dropped, ...rest } = s.followUpTokens;
    return { followUpTokens: rest };
  });
}
