import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import { serverNow, useSession } from '../../store/session';
import { gridOrder, spotlightOrder, spotlitAt, type Spotlit } from '../../stage-order';
import { shownPledges } from './shown';

const NONE: string[] = [];
const usePanel = () => useSession(useShallow((s) => s.session?.panelists ?? []));
const useOrder = () => useSession(useShallow((s) => ({ order: s.stage?.order ?? 'time', speakingOrder: s.stage?.speakingOrder ?? NONE })));

/** The pledges this wall shows, in the grid's order (newest first, or in speaking order). */
export function useGridPledges(): Pledge[] {
  const shown = useSession(useShallow(shownPledges));
  const panel = usePanel();
  const order = useOrder();
  return useMemo(() => gridOrder(shown, order, panel), [shown, order, panel]);
}

/** The pledges the spotlight steps through, in the consoles' order. */
export function useSpotlightSequence(): Pledge[] {
  const shown = useSession(useShallow(shownPledges));
  const panel = usePanel();
  const order = useOrder();
  return useMemo(() => spotlightOrder(shown, order, panel), [shown, order, panel]);
}

/** What names a spotlit pledge as shown: the pledge (and its version), its place, its turn. */
const keyOf = (at: Spotlit | null) => (at ? `${at.pledge.id}@${at.pledge.updatedAt}|${at.index}/${at.total}|${at.turn?.from ?? ''}` : '');

/**
 * The pledge in the spotlight now. While it rotates the clock is looked at every 250 ms (every wall
 * turns within a quarter of a second of the same moment), and the wall renders again only when
 * the pledge (or its turn) changes; the same object otherwise.
 */
export function useSpotlit(): Spotlit | null {
  const stage = useSession((s) => s.stage);
  const sequence = useSpotlightSequence();
  const [, setTurns] = useState(0);
  const at = spotlitAt(stage, sequence, serverNow());
  const key = keyOf(at);
  const rotating = !!stage?.spotlight?.rotateSeconds;
  useEffect(() => {
    if (!rotating) return;
    const timer = setInterval(() => {
      if (keyOf(spotlitAt(stage, sequence, serverNow())) !== key) setTurns((n) => n + 1);
    }, 250);
    return () => clearInterval(timer);
  }, [rotating, stage, sequence, key]);
  // `key` names everything `at` holds.
  return useMemo(() => at, [key]);
}

/** The panelist called to speak: id and name, or null. */
export function useSpeaker(): { id: string; name: string } | null {
  return useSession(
    useShallow((s) => {
      const id = s.stage?.speaker?.panelistId;
      const panelist = id ? s.session?.panelists.find((p) => p.id === id) : undefined;
      return panelist ? { id: panelist.id, name: panelist.name } : null;
    }),
  );
}
