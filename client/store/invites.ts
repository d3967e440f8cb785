import { create } from 'zustand';
import { emitWithAck, type AppSocket } from '../socket';
import { run } from './moderator-state';
import { useSession } from './session';

/** Each panelist's personal invite token, as the console knows it. */
interface InvitesState {
  tokens: Record<string, string>;
  status: 'loading' | 'ready' | 'failed';
}

const initial: InvitesState = { tokens: {}, status: 'loading' };

export const useInvites = create<InvitesState>()(() => initial);

export function resetInvites(): void {
  useInvites.setState(initial, true);
}

export async function loadInvites(socket: AppSocket): Promise<void> {
  if (useInvites.getState().status === 'failed') useInvites.setState({ status: 'loading' });
  const res = await emitWithAck(socket, 'panel:invites', {});
  if (!res.ok) {
    // Links already shown stay valid; only a first load that failed says so.
    useInvites.setState((s) => ({ status: Object.keys(s.tokens).length ? s.status : 'failed' }));
    return;
  }
  useInvites.setState({ tokens: Object.fromEntries(res.invites.map((i) => [i.panelistId, i.token])), status: 'ready' });
}

/**
 * Calls `onRenewed` whenever the activity log reports a renewed invite link (from either console),
 * so an old link never stays on screen. Returns the unsubscribe function.
 */
export function watchInvites(onRenewed: () => void): () => void {
  return useSession.subscribe((s, prev) => {
    if (s.activity === prev.activity || prev.baseSeq < 0) return;
    const known = new Set(prev.activity.map((e) => e.id));
    if (s.activity.some((e) => e.action === 'invite' && !known.has(e.id))) onRenewed();
  });
}

/** A new invite link for one panelist: the old link stops working at once. */
export async function renewInvite(panelistId: string): Promise<void> {
  const res = await run(`reinvite:${panelistId}`, (s) => emitWithAck(s, 'panelist:reinvite', { panelistId }));
  if (res?.ok) useInvites.setState((s) => ({ tokens: { ...s.tokens, [res.invite.panelistId]: res.invite.token } }));
}
