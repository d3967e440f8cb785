import type { PanelEntry, PanelistStatus } from '../../shared/schemas';
import type { Participant, SessionMeta } from './records';
import { fail, ok, type Result } from './result';

export function panelistStatus(participant: Participant | undefined): PanelistStatus {
  if (!participant) return 'not_joined';
  if (participant.pledgeId) return 'submitted';
  return participant.drafting ? 'drafting' : 'joined';
}

export function panelEntries(meta: SessionMeta, participants: Map<string, Participant>): PanelEntry[] {
  return meta.panelists.map((p) => ({ panelistId: p.id, status: panelistStatus(participants.get(p.id)) }));
}

/** The first device to pick a name holds that seat until the moderator releases it. */
export function claimSeat(
  meta: SessionMeta,
  current: Participant | undefined,
  panelistId: string,
  deviceTokenHash: string,
  now: number,
): Result<Participant> {
  if (!meta.panelists.some((p) => p.id === panelistId)) return fail('panelist_not_found', 'No such panelist in this session.');
  if (current?.deviceTokenHash) return fail('panelist_taken', 'Another device has already joined as this panelist.');
  // A seat released by the moderator keeps its pledge; the new device takes it over.
  return ok({ panelistId, deviceTokenHash, claimedAt: now, drafting: false, pledgeId: current?.pledgeId ?? null });
}

/** Returns null when nothing changes, so no write and no broadcast happen. */
export function markDrafting(participant: Participant, drafting: boolean): Participant | null {
  const next = drafting && !participant.pledgeId;
  return participant.drafting === next ? null : { ...participant, drafting: next };
}
