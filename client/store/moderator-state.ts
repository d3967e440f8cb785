/** The moderator console's own state (drafts, and each button's progress) and how a button sends its command. */
import { create } from 'zustand';
import type { ModerationMode, Pledgers } from '../../shared/domain';
import type { AppSocket } from '../socket';
import { getSocket } from './live';

/** One entry per button, so each shows its own pending state and error. */
export type ActionKey =
  | 'prompt'
  | 'open'
  | 'close'
  | 'countdown'
  | 'settings'
  | 'approve-all'
  | 'last-call'
  | StageActionKey
  | `${'nudge' | 'release' | 'reinvite'}:${string}`
  | `${'approve' | 'reject' | 'hide' | 'unhide' | 'fix'}:${string}`
  | `${'admit' | 'refuse'}:${string}`;

/** The stage's buttons: the spotlight card's, each pledge's "Spotlight", the walls' view, the panel's order and turns. */
export type StageActionKey = 'spotlight' | 'wall' | 'order' | 'call' | `spotlight:${string}` | `call:${string}`;

export const COUNTDOWN_CHOICES = [null, 60, 120, 180, 300] as const;
export type CountdownChoice = (typeof COUNTDOWN_CHOICES)[number];

/** Who may pledge and which pledges wait for a moderator. */
export interface RoundSettings {
  pledgers: Pledgers;
  moderation: ModerationMode;
}

interface ModeratorState {
  /** null when the link has no key at all. */
  key: string | null;
  pending: Partial<Record<ActionKey, boolean>>;
  errors: Partial<Record<ActionKey, string>>;
  /**
   * The last successful action only, for a short confirmation (e.g. "Prompt saved"): the next
   * success (or any failure) replaces it, and it goes by itself after STATUS_MS. Errors stay, each until its
   * button is used again.
   */
  done: Partial<Record<ActionKey, number>>;
  /** Prompt being edited; null follows the server's prompt. */
  promptDraft: string | null;
  countdown: CountdownChoice;
  /** "Close the round when it ends", as ticked here; null follows the round's. */
  autoClose: boolean | null;
  /** Settings chosen here and not yet confirmed by the server; null follows the round. */
  settingsDraft: RoundSettings | null;
}

export const initialModerator: ModeratorState = {
  key: null,
  pending: {},
  errors: {},
  done: {},
  promptDraft: null,
  countdown: null,
  autoClose: null,
  settingsDraft: null,
};

export const useModerator = create<ModeratorState>()(() => initialModerator);

/** How long a confirmation stays (it fades out over its last second, see moderator.css). */
export const STATUS_MS = 8000;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

/** The confirmation shown goes STATUS_MS after the last one came. */
function endConfirmationLater(): void {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => useModerator.setState({ done: {} }), STATUS_MS);
}

type Outcome = { ok: true } | { ok: false; error: { code: string } };

/** Sends one command for one button: tracks its pending state, its error and its success. */
export async function run<R extends Outcome>(action: ActionKey, send: (socket: AppSocket) => Promise<R>): Promise<R | null> {
  const socket = getSocket();
  if (!socket) return null;
  if (!socket.connected) {
    useModerator.setState((s) => ({ errors: { ...s.errors, [action]: 'network' } }));
    return null;
  }
  useModerator.setState((s) => ({
    pending: { ...s.pending, [action]: true },
    errors: { ...s.errors, [action]: undefined },
  }));
  const res = await send(socket);
  const at = Date.now();
  useModerator.setState((s) => ({
    pending: { ...s.pending, [action]: false },
    errors: { ...s.errors, [action]: res.ok ? undefined : res.error.code },
    done: res.ok ? { [action]: at } : {},
  }));
  if (res.ok) endConfirmationLater();
  return res;
}

/** Forgets a button's error (e.g. when its form is cancelled). */
export function clearError(action: ActionKey): void {
  useModerator.setState((s) => ({ errors: { ...s.errors, [action]: undefined } }));
}
