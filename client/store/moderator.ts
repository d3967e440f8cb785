import type { Round } from '../../shared/schemas';
import { emitWithAck } from '../socket';
import { readItem, storageKeys, takeFromFragment, writeItem } from '../storage';
import { loadInvites, resetInvites, watchInvites } from './invites';
import { startLive } from './live';
import { forgetAskedAgain, resetForms, takeRequestPhones } from './moderation';
import { resetStageDrafts } from './moderator-stage';
import { initialModerator, run, useModerator, type CountdownChoice, type RoundSettings } from './moderator-state';
import { applyRoundFromAck, useSession } from './session';

export { clearError, COUNTDOWN_CHOICES, useModerator, type ActionKey, type CountdownChoice, type RoundSettings } from './moderator-state';

/**
 * The key arrives in the URL fragment (never sent to the server in requests); we keep it in
 * sessionStorage and remove it from the address bar so it does not linger on a shared screen.
 */
export function readModeratorKey(sessionId: string): string | null {
  const fromHash = takeFromFragment('key');
  if (fromHash) {
    writeItem('session', storageKeys.modKey(sessionId), fromHash);
    return fromHash;
  }
  return readItem('session', storageKeys.modKey(sessionId));
}

/**
 * A moderator link pasted into the address bar of an open console (say, the new link after the
 * old one was replaced) changes only the fragment, which loads nothing: start again with its key.
 */
function onNewLink(): void {
  if (new URLSearchParams(location.hash.replace(/^#/, '')).get('key')) location.reload();
}

export function startModerator(sessionId: string): () => void {
  const key = readModeratorKey(sessionId);
  useModerator.setState({ ...initialModerator, key }, true);
  resetInvites();
  resetForms();
  resetStageDrafts();
  if (!key) return () => {};
  const live = startLive(() => ({ role: 'moderator', sessionId, key }));
  // The invite links come with every (re)connection, and again when a moderator renews one.
  live.socket.on('connect', () => void loadInvites(live.socket));
  live.socket.on('request:phones', takeRequestPhones);
  const unwatch = watchInvites(() => void loadInvites(live.socket));
  const unwatchRequests = useSession.subscribe((s, prev) => s.requests !== prev.requests && forgetAskedAgain(prev.requests, s.requests));
  return () => {
    clearTimeout(settingsTimer);
    unwatch();
    unwatchRequests();
    live.stop();
  };
}

/** Every console page listens for a new link pasted over its address, also one without a key. */
export function watchNewLink(): () => void {
  window.addEventListener('hashchange', onNewLink);
  return () => window.removeEventListener('hashchange', onNewLink);
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

/** "Close the round when it ends": the box as ticked here, else as the round has it. */
export function shownAutoClose(round: Round | null, draft: boolean | null): boolean {
  return draft ?? round?.autoClose ?? false;
}

export function setAutoClose(autoClose: boolean): void {
  useModerator.setState({ autoClose });
}

export async function savePrompt(prompt: string): Promise<void> {
  const res = await run('prompt', (s) => emitWithAck(s, 'round:prompt', { prompt }));
  takeRound(res);
  if (res?.ok) useModerator.setState({ promptDraft: null });
}

/** The settings this console shows: its unconfirmed choice, else the round's. */
export function shownSettings(round: Round, draft: RoundSettings | null): RoundSettings {
  return draft ?? { pledgers: round.pledgers, moderation: round.moderation };
}

export async function openRound(prompt: string): Promise<void> {
  const { countdown, settingsDraft, autoClose } = useModerator.getState();
  const round = useSession.getState().round;
  // Settings still waiting to be sent go with the opening itself.
  clearTimeout(settingsTimer);
  const settings = round ? shownSettings(round, settingsDraft) : {};
  const closes = countdown !== null && shownAutoClose(round, autoClose);
  const res = await run('open', (s) => emitWithAck(s, 'round:open', { prompt, countdownSeconds: countdown, autoClose: closes, ...settings }));
  takeRound(res);
  if (res?.ok) useModerator.setState({ promptDraft: null, settingsDraft: null, autoClose: null });
}

export async function closeRound(): Promise<void> {
  takeRound(await run('close', (s) => emitWithAck(s, 'round:close', {})));
}

export async function applyCountdown(): Promise<void> {
  const { countdown, autoClose } = useModerator.getState();
  const closes = countdown !== null && shownAutoClose(useSession.getState().round, autoClose);
  const res = await run('countdown', (s) => emitWithAck(s, 'round:countdown', { countdownSeconds: countdown, autoClose: closes }));
  takeRound(res);
  if (res?.ok) useModerator.setState({ autoClose: null });
}

/** Announces the last call on every phone and wall (again, when repeated). */
export async function announceLastCall(): Promise<void> {
  takeRound(await run('last-call', (s) => emitWithAck(s, 'round:last-call', {})));
}

/**
 * Settings apply at once, in any state of the round, so both consoles and the phones follow; a
 * moderator stepping through the options with the arrow keys sends only where they stop.
 */
const SETTINGS_SETTLE_MS = 500;
let settingsTimer: ReturnType<typeof setTimeout> | undefined;

export function chooseSettings(change: Partial<RoundSettings>): void {
  const round = useSession.getState().round;
  if (!round) return;
  const next = { ...shownSettings(round, useModerator.getState().settingsDraft), ...change };
  useModerator.setState({ settingsDraft: next });
  clearTimeout(settingsTimer);
  settingsTimer = setTimeout(() => void sendSettings(next), SETTINGS_SETTLE_MS);
}

async function sendSettings(settings: RoundSettings): Promise<void> {
  const res = await run('settings', (s) => emitWithAck(s, 'round:settings', settings));
  takeRound(res);
  // A newer choice made meanwhile stays until it is sent too; a failed one goes back to the round's.
  const draft = useModerator.getState().settingsDraft;
  const same = draft?.pledgers === settings.pledgers && draft.moderation === settings.moderation;
  if (same) useModerator.setState({ settingsDraft: null });
}

export async function nudge(panelistId: string): Promise<void> {
  await run(`nudge:${panelistId}`, (s) => emitWithAck(s, 'panelist:nudge', { panelistId }));
}

export async function releaseSeat(panelistId: string): Promise<void> {
  await run(`release:${panelistId}`, (s) => emitWithAck(s, 'panelist:release', { panelistId }));
}
