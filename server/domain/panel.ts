import type { PanelEntry, PanelistStatus } from '../../shared/schemas';
import type { Participant, SessionMeta } from './records';

export function panelistStatus(participant: Participant | undefined): PanelistStatus {
  if (!participant) return 'not_joined';
  if (participant.pledgeId) return 'submitted';
  return participant.drafting ? 'drafting' : 'joined';
}

/** A seat as the panel shows it: its status, and whether a phone holds it now. */
export function panelEntry(panelistId: string, participant: Participant | undefined): PanelEntry {
  return { panelistId, status: panelistStatus(participant), seated: !!participant?.deviceTokenHash };
}

export function panelEntries(meta: SessionMeta, participants: Map<string, Participant>): PanelEntry[] {
  return meta.panelists.map((p) => panelEntry(p.id, participants.get(p.id)));
}

/** Returns null when nothing changes, so no write and no broadcast happen. */
export function markDrafting(participant: Participant, drafting: boolean): Participant | null {
  const next = drafting && !participant.pledgeId;
  return participant.drafting === next ? null : { ...participant, drafting: next };
}
