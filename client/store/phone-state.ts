import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { JoinLookup } from '../../shared/http';
import type { ReleaseReason } from '../../shared/protocol';
import type { Panelist, SeatRequest } from '../../shared/schemas';
import type { OutboxState, OutboxStatus, PendingPledge } from '../outbox';
import { emptyDraft, type Draft } from './phone-draft';
import { useSession } from './session';

/** The outbox's status as components see it (a pledge restored from storage reads `sending`). */
export type SendState = OutboxStatus;

/**
 * Where the join page is: the two choices, the audience's details, the panel's names, or one name
 * to confirm before asking the moderator.
 */
export type JoinStep = { kind: 'choose' } | { kind: 'audience' } | { kind: 'panel' } | { kind: 'confirm'; panelistId: string };

/** Everything a phone shows: the session it joined, how it joined, the draft, the send and the seat. */
interface PhoneState {
  stage: 'resolving' | 'notFound' | 'lookupFailed' | 'live';
  lookupError: string | null;
  /** What the join code's lookup answered (title, programme code, the panel's names). */
  lookup: JoinLookup | null;
  /**
   * This device had never connected to the session before this page (it kept no device token for
   * it), so it can hold no seat and is not in the audience: the join page shows from the lookup
   * while the connection is still being made. A device that connected before waits for the state.
   */
  firstVisit: boolean;
  sessionId: string | null;
  draft: Draft;
  step: JoinStep;
  /** The seat a claim is being made for, while it is on its way. */
  claiming: string | null;
  /** Attempts of the current claim that got no answer (it is repeated on its own). */
  claimRetries: number;
  claimError: string | null;
  /**
   * The seat of the personal invite link this phone opened, until the claim with it is answered
   * (its token waits in storage until then).
   */
  invitedAs: string | null;
  /** The invite link was replaced: the phone may ask the moderator to let it in instead. */
  inviteReplaced: boolean;
  /** This phone's latest request to be let in to a seat (from the claim, the moderator, or a snapshot). */
  request: SeatRequest | null;
  /** A pending request the person stepped back from (it stays with the moderators). */
  dismissedRequest: string | null;
  /** Joining the audience: on its way, and why it failed. */
  joining: boolean;
  /** Attempts to join that got no answer (repeated on their own). */
  joinRetries: number;
  joinError: string | null;
  // Mirror of the outbox (client/outbox.ts), so components read one store.
  send: SendState;
  /** Why the last attempt failed (`refused`: for good; `sending`: being retried). */
  sendError: OutboxState['error'];
  /** The pledge waiting for the server's acknowledgement, if any. */
  pending: PendingPledge | null;
  /** A text of this phone's that a newer saved version overtook (`send` is `changed`): shown, not applied. */
  superseded: PendingPledge['payload'] | null;
  /** Local time the server last acknowledged a pledge from this page. */
  lastSavedAt: number | null;
  nudgedAt: number | null;
  released: ReleaseReason | false;
  /**
   * Follow-up link secrets this phone holds, by pledge id (also in storage, see
   * storageKeys.followUp): made here before a new pledge is first sent.
   */
  followUpTokens: Record<string, string>;
  /** Asking the server for a (new) follow-up link: `pledge:follow-up`. */
  followUpRequest: FollowUpRequest | null;
}

export interface FollowUpRequest {
  pledgeId: string;
  status: 'busy' | 'done' | 'failed';
  /** Why it failed (an error code for tError); while `busy`, why the last attempt is being repeated. */
  error: string | null;
  /** Attempts so far that got no usable answer (each is repeated, with growing pauses). */
  retries: number;
}

export const initialPhone: PhoneState = {
  stage: 'resolving',
  lookupError: null,
  lookup: null,
  firstVisit: false,
  sessionId: null,
  draft: emptyDraft,
  step: { kind: 'choose' },
  claiming: null,
  claimRetries: 0,
  claimError: null,
  invitedAs: null,
  inviteReplaced: false,
  request: null,
  dismissedRequest: null,
  joining: false,
  joinRetries: 0,
  joinError: null,
  send: 'idle',
  sendError: null,
  pending: null,
  superseded: null,
  lastSavedAt: null,
  nudgedAt: null,
  released: false,
  followUpTokens: {},
  followUpRequest: null,
};

export const usePhone = create<PhoneState>()(() => initialPhone);

/** A pledge is on its way (sending, offline, held): the form shows it and takes no new text. */
export function isLocked(s: Pick<PhoneState, 'pending' | 'send'>): boolean {
  return s.pending !== null && s.send !== 'refused';
}

/** The session's title and programme code as the phone knows them: the live session's, or, until that arrives, the lookup's. */
export function useSessionHeading(): { title: string | undefined; code: string | undefined } {
  // Each value on its own: a page using the heading re-renders when the heading changes, not with every frame.
  const title = useSession((s) => s.session?.title);
  const code = useSession((s) => s.session?.code);
  const lookupTitle = usePhone((s) => s.lookup?.title);
  const lookupCode = usePhone((s) => s.lookup?.sessionCode);
  return { title: title ?? lookupTitle, code: code ?? lookupCode };
}

/** The panel as the phone knows it: the live session's, or, until that arrives, the join code's lookup. */
export function usePanelists(): Panelist[] {
  const live = useSession(useShallow((s) => s.session?.panelists));
  const looked = usePhone((s) => s.lookup?.panelists);
  return live ?? looked ?? [];
}
