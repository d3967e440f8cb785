import { create } from 'zustand';
import type { OutboxState, OutboxStatus, PendingPledge } from '../outbox';
import { emptyDraft, type Draft } from './phone-draft';

/** The outbox's status as components see it (a pledge restored from storage reads `sending`). */
export type SendState = OutboxStatus;

/** Everything a panelist's phone shows: the session it joined, the draft, the send and the seat. */
interface PhoneState {
  stage: 'resolving' | 'notFound' | 'lookupFailed' | 'live';
  lookupError: string | null;
  sessionId: string | null;
  draft: Draft;
  claiming: string | null;
  claimError: string | null;
  // Mirror of the outbox (client/outbox.ts), so components read one store.
  send: SendState;
  /** Why the last attempt failed (`refused`: for good; `sending`: being retried). */
  sendError: OutboxState['error'];
  /** The pledge waiting for the server's acknowledgement, if any. */
  pending: PendingPledge | null;
  /** Local time the server last acknowledged a pledge from this page. */
  lastSavedAt: number | null;
  nudgedAt: number | null;
  released: boolean;
  /**
   * Follow-up link secrets this phone holds, by pledge id (also in storage, see
   * storageKeys.followUp): the server hands one out once, with the answer that stores the pledge.
   */
  followUpTokens: Record<string, string>;
  /** Asking the server for a (new) follow-up link: `pledge:follow-up`. */
  followUpRequest: FollowUpRequest | null;
}

export interface FollowUpRequest {
  pledgeId: string;
  status: 'busy' | 'done' | 'failed';
  /** Why it failed (an error code for tError). */
  error: string | null;
}

export const initialPhone: PhoneState = {
  stage: 'resolving',
  lookupError: null,
  sessionId: null,
  draft: emptyDraft,
  claiming: null,
  claimError: null,
  send: 'idle',
  sendError: null,
  pending: null,
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
