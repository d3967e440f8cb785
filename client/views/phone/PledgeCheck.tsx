/**
 * The check before a pledge is sent: a date already passed is asked about first
 * (./PastDateCheck.tsx), then the pledge is previewed (./PledgePreview.tsx). Part of the form's own
 * code (./PledgeForm.tsx), not a later download: it is on the way to sending.
 */
import { useLayoutEffect } from 'react';
import type { Pledge } from '../../../shared/schemas';
import type { Draft } from '../../store/phone-draft';
import { LastCallBanner } from './LastCall';
import { PastDateCheck } from './PastDateCheck';
import { pastDateKey, pastDates, type PastDate } from './past-dates';
import { PledgePreview } from './PledgePreview';

export interface CheckProps {
  draft: Draft;
  /** The saved pledge, when this is a change to it. */
  existing?: Pledge;
  /** The pledge as it will be saved (phone-draft's previewPledge). */
  pledge: Pledge;
  /** Past dates (pastDateKey) the person chose to keep. */
  kept: ReadonlySet<string>;
  onKeep(past: PastDate): void;
  /** Back to the form, at that date. */
  onChange(past: PastDate): void;
  onBack(): void;
  onConfirm(): void;
}

export default function PledgeCheck({ draft, existing, pledge, kept, onKeep, onChange, onBack, onConfirm }: CheckProps) {
  const asked = pastDates(draft, existing).find((p) => !kept.has(pastDateKey(p)));
  // Each step opens at the page's top (the round's badge, the countdown), not where the form was
  // scrolled to; its heading still takes the focus.
  const step = asked ? pastDateKey(asked) : 'preview';
  useLayoutEffect(() => {
    window.scrollTo({ top: 0 });
  }, [step]);
  return (
    <>
      <LastCallBanner editing={draft.editing} />
      {asked ? (
        <PastDateCheck past={asked} onChange={() => onChange(asked)} onKeep={() => onKeep(asked)} />
      ) : (
        <PledgePreview pledge={pledge} editing={draft.editing} past={pastDates(draft)} onBack={onBack} onConfirm={onConfirm} />
      )}
    </>
  );
}
