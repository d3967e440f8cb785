import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReactionAck } from '../../shared/protocol';
import { emitWithAck, type AppSocket } from '../socket';
import { getSocket } from './live';
import { applyOwnReaction, useReactions } from './reactions';

/**
 * Supporting a pledge (`reaction:set`): audience phones and online viewers' walls, once per device.
 * The pressed state is `useReactions().mine` (filled by the snapshot's `you.reacted` and by acks);
 * while a tap is on its way the button shows the state asked for, and the ack's count is applied.
 */

/** The answer to a tap: the server's, or a client-side `timeout` / `network`. */
export type SupportResult = ({ ok: true } & ReactionAck) | { ok: false; error: { code: string; message: string } };
/** Sends one tap and resolves with its answer (never rejects). */
export type SendSupport = (payload: { pledgeId: string; on: boolean }) => Promise<SupportResult>;

/** How long a failed tap's message stays on screen. */
const ERROR_SHOWN_MS = 5000;

/**
 * A sender over a given socket, or over the page's current one (`getSocket()` from ./live, which
 * the phone and the wall both open). A tap is not queued while offline: support is a moment's
 * gesture, and one sent minutes later would surprise.
 */
export function supportOver(socket?: AppSocket | null): SendSupport {
  return async (payload) => {
    const s = socket ?? getSocket();
    if (!s?.connected) return { ok: false, error: { code: 'network', message: 'offline' } };
    return emitWithAck(s, 'reaction:set', payload);
  };
}

const pageSocket = supportOver();

export interface Support {
  /** What the button shows: the state asked for while a tap is on its way, otherwise the server's. */
  pressed: boolean;
  /** The live support count (frames, snapshots and this device's acks). */
  count: number;
  /** A tap is on its way. */
  busy: boolean;
  /** The error code of the last tap that failed, for a few seconds. */
  error: string | null;
  toggle(): void;
}

/**
 * One pledge's support on this device. Taps while one is on its way only change the state asked
 * for; when the answer comes, a differing wish is sent next, so the last tap wins and at most one
 * request per pledge is in flight. A failed tap falls back to the state the server holds.
 */
export function useSupport(pledgeId: string, send: SendSupport = pageSocket): Support {
  const mine = useReactions((s) => s.mine[pledgeId] === true);
  const count = useReactions((s) => s.counts[pledgeId] ?? 0);
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const wish = useRef<boolean | null>(null);
  const inFlight = useRef(false);
  const alive = useRef(true);
  const sendRef = useRef(send);
  sendRef.current = send;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(() => setError(null), ERROR_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [error]);

  const run = useCallback(async () => {
    inFlight.current = true;
    const held = () => useReactions.getState().mine[pledgeId] === true;
    while (wish.current !== null && wish.current !== held()) {
      const on = wish.current;
      const res = await sendRef.current({ pledgeId, on });
      if (res.ok) {
        applyOwnReaction({ pledgeId, on: res.on, count: res.count, v: res.v });
      } else {
        wish.current = null;
        if (alive.current) setError(res.error.code);
      }
    }
    wish.current = null;
    inFlight.current = false;
    if (alive.current) setWanted(null);
  }, [pledgeId]);

  const toggle = useCallback(() => {
    const next = !(wish.current ?? useReactions.getState().mine[pledgeId] === true);
    wish.current = next;
    setWanted(next);
    setError(null);
    if (!inFlight.current) void run();
  }, [pledgeId, run]);

  return { pressed: wanted ?? mine, count, busy: wanted !== null, error, toggle };
}
