import type { Capacity, RegionalGroup, StakeholderGroup, Visibility } from '../../shared/domain';
import { LIMITS } from '../../shared/domain';
import { emitWithAck } from '../socket';
import { getSocket } from './live';
import { saveDraft, type Draft, type DraftTimeframe } from './phone-draft';
import { usePhone } from './phone-state';
import { useSession } from './session';

/**
 * The pledge form's edits: each one changes the draft in the phone's store and keeps it on the
 * phone at once. Typing also tells the moderator whether this panelist is drafting.
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

// ---------- optional details ----------

export function setStakeholderGroup(stakeholderGroup: StakeholderGroup): void {
  setDraft({ stakeholderGroup });
}

/** null: "not specified", chosen on purpose (the panelist's own group is not filled in again). */
export function setRegionalGroup(regionalGroup: RegionalGroup | null): void {
  setDraft({ regionalGroup: regionalGroup ?? 'none' });
}

export function toggleTheme(theme: string, on: boolean): void {
  const { themes } = usePhone.getState().draft;
  const next = on ? (themes.includes(theme) ? themes : [...themes, theme]) : themes.filter((x) => x !== theme);
  setDraft({ themes: next.slice(0, LIMITS.themesMax) });
}

export function addSdgTarget(code: string): void {
  const { sdgTargets } = usePhone.getState().draft;
  if (sdgTargets.includes(code) || sdgTargets.length >= LIMITS.sdgTargetsMax) return;
  setDraft({ sdgTargets: [...sdgTargets, code] });
}

export function removeSdgTarget(code: string): void {
  setDraft({ sdgTargets: usePhone.getState().draft.sdgTargets.filter((c) => c !== code) });
}

export function setTimeframe(timeframe: DraftTimeframe): void {
  setDraft({ timeframe });
}

export function setVisibility(visibility: Visibility): void {
  // Fixed once the pledge exists (the server answers visibility_locked).
  if (usePhone.getState().draft.editing) return;
  setDraft({ visibility });
}

export function addDeliverable(): void {
  const { deliverables } = usePhone.getState().draft;
  if (deliverables.length >= LIMITS.deliverablesMax) return;
  setDraft({ deliverables: [...deliverables, { text: '', due: '' }] });
}

export function setDeliverable(index: number, patch: Partial<{ text: string; due: string }>): void {
  setDraft({ deliverables: usePhone.getState().draft.deliverables.map((d, i) => (i === index ? { ...d, ...patch } : d)) });
}

export function removeDeliverable(index: number): void {
  setDraft({ deliverables: usePhone.getState().draft.deliverables.filter((_, i) => i !== index) });
}

export function addPartner(): void {
  const { partners } = usePhone.getState().draft;
  if (partners.length >= LIMITS.partnersMax) return;
  setDraft({ partners: [...partners, ''] });
}

export function setPartner(index: number, value: string): void {
  setDraft({ partners: usePhone.getState().draft.partners.map((p, i) => (i === index ? value : p)) });
}

export function removePartner(index: number): void {
  setDraft({ partners: usePhone.getState().draft.partners.filter((_, i) => i !== index) });
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
