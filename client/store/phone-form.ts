import type { Capacity } from '../../shared/domain';
import { emitWithAck } from '../socket';
import { getSocket } from './live';
import { saveDraft, type Draft } from './phone-draft';
import { usePhone } from './phone-state';
import { useSession } from './session';

/**
 * The pledge form's edits: each one changes the draft in the phone's store and keeps it on the
 * phone at once. Typing also tells the moderator whether this panelist is drafting. The optional
 * details' edits are in ./phone-details.ts.
 */

const DRAFTING_DEBOUNCE_MS = 1200;

let draftingSent: boolean | null = null;
let draftingTimer: ReturnType<typeof setTimeout> | undefined;

export function setDraft(patch: Partial<Draft>): void {
  const draft = { ...usePhone.getState().draft, ...patch };
  usePhone.setState({ draft });
  const { sessionId } = usePhone.getState();
  if (sessionId) saveDraft(sessionId, draft);
}

export function setText(text: string): void {
  setDraft({ text });
  scheduleDrafting();
}

export function setCapacity(capacity: Capacity): void {
  setDraft({ capacity });
}

export function setOrganization(organization: string): void {
  setDraft({ organization });
}

// ---------- drafting signal ----------

/**
 * Tells the moderator "drafting" once typing starts and "not drafting" if the text is cleared:
 * debounced, and only when the value changes — never once per keystroke.
 */
export function scheduleDrafting(): void {
  clearTimeout(draftingTimer);
  draftingTimer = setTimeout(() => {
    const socket = getSocket();
    const { draft } = usePhone.getState();
    const { round, you } = useSession.getState();
    if (!socket?.connected || round?.state !== 'open' || !you?.panelistId || draft.editing) return;
    const drafting = draft.text.trim().length > 0;
    if (drafting === draftingSent || (draftingSent === null && !drafting)) return;
    draftingSent = drafting;
    void emitWithAck(socket, 'pledge:drafting', { drafting });
  }, DRAFTING_DEBOUNCE_MS);
}

/** A fresh connection starts with the server's view of our status: tell it again if we are typing. */
export function retellDrafting(): void {
  draftingSent = null;
  scheduleDrafting();
}

/** Drops a signal not sent yet; `forget` also forgets the last one sent, so the next change is told. */
export function cancelDrafting(forget = false): void {
  clearTimeout(draftingTimer);
  if (forget) draftingSent = null;
}
