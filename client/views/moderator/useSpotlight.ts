import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Pledge } from '../../../shared/schemas';
import type { Stage } from '../../../shared/stage';
import { spotlightOrder, spotlitAt } from '../../stage-order';
import { useStage } from '../../store/moderator-stage';
import { serverNow, useSession } from '../../store/session';

/** The stage and the pledges the spotlight steps through, in the walls' order. */
function useSequence(): { stage: Stage | null; sequence: Pledge[] } {
  const stage = useStage();
  const pledges = useSession((s) => s.pledges);
  const panel = useSession(useShallow((s) => s.session?.panelists ?? []));
  const order = stage?.order ?? 'time';
  const speaking = stage?.speakingOrder;
  // The pledges the walls show (public and visible), in the order the walls step through.
  const sequence = useMemo(
    () => spotlightOrder(pledges.filter((p) => p.visibility === 'public' && p.status === 'visible'), { order, speakingOrder: speaking ?? [] }, panel),
    [pledges, order, speaking, panel],
  );
  return { stage, sequence };
}

/**
 * The pledge on the walls' spotlight now, followed second by second while it rotates; a
 * component re-renders only when it changes.
 */
function useSpotlitNow(stage: Stage | null, sequence: readonly Pledge[]): Pledge | null {
  const rotating = !!stage?.spotlight?.rotateSeconds;
  const [rotated, setRotated] = useState<{ stage: Stage | null; sequence: readonly Pledge[]; pledge: Pledge | null } | null>(null);
  useEffect(() => {
    if (!rotating) return;
    const look = () => {
      const pledge = (spotlitAt(stage, sequence, serverNow())?.pledge ?? null);
      // The same pledge as before keeps the same state: nothing re-renders.
      setRotated((before) => (before?.stage === stage && before.sequence === sequence && before.pledge === pledge ? before : { stage, sequence, pledge }));
    };
    look();
    const timer = setInterval(look, 1000);
    return () => clearInterval(timer);
  }, [rotating, stage, sequence]);
  const fresh = rotated?.stage === stage && rotated.sequence === sequence;
  return rotating && fresh ? rotated.pledge : (spotlitAt(stage, sequence, serverNow())?.pledge ?? null);
}

/** The spotlight as the walls show it now: the stage, the sequence it steps through, the pledge on the walls. */
export function useSpotlight() {
  const { stage, sequence } = useSequence();
  const current = useSpotlitNow(stage, sequence);
  return { stage, sequence, current };
}
