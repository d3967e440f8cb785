import { create } from 'zustand';
import type { Round } from '../../shared/schemas';
import { emitWithAck, type AppSocket } from '../socket';
import { readItem, storageKeys, writeItem } from '../storage';
import { getSocket, startLive } from './live';
import { applyRoundFromAck } from './session';

/** One entry per button, so each shows its own pending state and error. */
export type ActionKey = 'prompt' | 'open' | 'close' | 'countdown' | `nudge:${string}` | `release:${string}`;

export const COUNTDOWN_CHOICES = [null, 60, 120, 180, 300] as const;
export type CountdownChoice = (typeof COUNTDOWN_CHOICES)[number];

interface ModeratorState {
  /** null when the link has no key at all. */
  key: string | null;
  pending: Partial<Record<ActionKey, boolean>>;
  errors: Partial<Record<ActionKey, string>>;
  /** Last successful action, for a short confirmation (e.g. "Prompt saved"). */
  done: Partial<Record<ActionKey, number>>;
  /** Prompt being edited; null follows the server's prompt. */
  promptDraft: string | null;
  countdown: CountdownChoice;
}

const initial: ModeratorState = {
  key: null,
  pending: {},
  errors: {},
  done: {},
  promptDraft: null,
  countdown: null,
};

export const useModerator = create<ModeratorState>()(() => initial);

/**
 * The key arrives in the URL fragment (never sent to the server in requests); we keep it in
 * sessionStorage and remove it from the address bar so it does not linger on a shared screen.
 */
export function readModeratorKey(sessionId: string): string | null {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('key');
  if (fromHash) {
    writeItem('session', storageKeys.modKey(sessionId), fromHash);
    history.replaceState(history.state, '', location.pathname + location.search);
    return fromHash;
  }
  return readItem('session', storageKeys.modKey(sessionId));
}

export function startModerator(sessionId: string): () => void {
  const key = readModeratorKey(sessionId);
  useModerator.setState({ ...initial, key }, true);
  if (!key) return () => {};
  const live = startLive(() => ({ role: 'moderator', sessionId, key }));
  return live.stop;
}

type Outcome = { ok: true } | { ok: false; error: { code: string } };

async function run<R extends Outcome>(action: ActionKey, send: (socket: AppSocket) => Promise<R>): Promise<R | null> {
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
  useModerator.setState((s) => ({
    pending: { ...s.pending, [action]: false },
    errors: { ...s.errors, [action]: res.ok ? undefined : res.error.code },
    done: res.ok ? { ...s.done, [action]: Date.now() } : s.done,
  }));
  return res;
}

/**
 * Round acks carry the new round; apply it at once rather than waiting for the broadcast. An ack
 * has no seq: it must not block the deltas that follow it (see applyRoundFromAck).
 */
function takeRound(res: { ok: true; round: Round } | { ok: false } | null): void {
  if (res?.ok) applyRoundFromAck(res.round);
}

export function setPromptDraft(prompt: string): void {
  useModerator.setState({ promptDraft: prompt });
}

export function setCountdownChoice(countdown: CountdownChoice): void {
  useModerator.setState({ countdown });
}

export async function savePrompt(prompt: string): Promise<void> {
  const res = await run('prompt', (s) => emitWithAck(s, 'round:prompt', { prompt }));
  takeRound(res);
  if (res?.ok) useModerator.setState({ promptDraft: null });
}

export async function openRound(prompt: string): Promise<void> {
  const { countdown } = useModerator.getState();
  const res = await run('open', (s) => emitWithAck(s, 'round:open', { prompt, countdownSeconds: countdown }));
  takeRound(res);
  if (res?.ok) useModerator.setState({ promptDraft: null });
}

export async function closeRound(): Promise<void> {
  takeRound(await run('close', (s) => emitWithAck(s, 'round:close', {})));
}

export async function applyCountdown(): Promise<void> {
  const { countdown } = useModerator.getState();
  takeRound(await run('countdown', (s) => emitWithAck(s, 'round:countdown', { countdownSeconds: countdown })));
}

export async function nudge(panelistId: string): Promise<void> {
  await run(`nudge:${panelistId}`, (s) => emitWithAck(s, 'panelist:nudge', { panelistId }));
}

export async function releaseSeat(panelistId: string): Promise<void> {
  await run(`release:${panelistId}`, (s) => emitWithAck(s, 'panelist:release', { panelistId }));
}
