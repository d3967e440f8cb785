import type { RegionalGroup, StakeholderGroup, Visibility } from '../../shared/domain';
import { LIMITS } from '../../shared/domain';
import type { DraftTimeframe } from './phone-draft';
import { setDraft } from './phone-form';
import { usePhone } from './phone-state';

/**
 * The edits of the pledge form's optional details (stakeholder and regional group, themes, SDG
 * targets, timeframe, visibility, deliverables, partners), kept on the phone at once like the
 * rest of the draft (./phone-form.ts). They load with the details' fields, in a chunk of their own.
 */

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
