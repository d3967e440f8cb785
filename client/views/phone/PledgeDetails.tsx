import { useEffect, useId, useState } from 'react';
import { loadPageStrings, t } from '../../i18n';
import { effectiveRegionalGroup } from '../../store/phone-draft';
import { usePhone } from '../../store/phone-state';
import { lazyPart } from './lazy-part';
import type { PastDate } from './past-dates';
import { useMe } from './useMyPledge';

// The section's fields are a chunk of their own, with their strings, fetched in the first idle
// moment after the form shows (and precached for offline use), so opening the section does not
// wait on a slow link.
const fields = lazyPart(async () => (await Promise.all([import('./PledgeDetailsFields'), loadPageStrings(['phone-details'])]))[0]);

/**
 * Everything past text and capacity: collapsed, all optional, all with defaults. `focus`: a date
 * the person wants to change (after being asked about it): the details open at it.
 */
export function PledgeDetails({ locked, focus = null, onFocused }: { locked: boolean; focus?: PastDate | null; onFocused?(): void }) {
  const draft = usePhone((s) => s.draft);
  const me = useMe();
  const id = useId();
  const hasDetails =
    (draft.stakeholderGroup !== null && draft.stakeholderGroup !== me?.stakeholderGroup) ||
    (draft.regionalGroup !== null && effectiveRegionalGroup(draft) !== (me?.regionalGroup ?? null)) ||
    draft.themes.length > 0 ||
    draft.sdgTargets.length > 0 ||
    draft.timeframe.kind !== 'next-igf' ||
    draft.visibility !== 'public' ||
    draft.deliverables.length > 0 ||
    draft.partners.length > 0;
  // Opens by itself when a restored draft or an edit already has details.
  const [open, setOpen] = useState(hasDetails);
  const { Part: Fields, failed } = fields.usePart(open, true);
  useEffect(() => {
    if (focus) setOpen(true);
  }, [focus]);
  useEffect(() => {
    if (!focus || !Fields) return;
    const target = `${id}-${focus.kind === 'deliverable' ? `dl-due-${focus.n}` : 'tf-when'}`;
    // After the details have opened.
    requestAnimationFrame(() => {
      const input = document.getElementById(target);
      input?.scrollIntoView({ block: 'center' });
      input?.focus();
      onFocused?.();
    });
  }, [focus, Fields]);

  return (
    <details
      className="pledge-details"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      data-testid="pledge-details"
    >
      <summary className="pledge-details__summary" id={`${id}-summary`} data-testid="pledge-details-summary">
        {t('phone.form.detailsSummary')}
      </summary>
      <p className="field__help">{t('phone.form.detailsHint')}</p>
      {Fields ? (
        <Fields prefix={id} locked={locked} open={open} />
      ) : (
        open && (
          <p className="field__hint" role="status" data-testid="pledge-details-loading">
            {failed ? t('phone.form.detailsUnavailable') : t('app.loading')}
          </p>
        )
      )}
    </details>
  );
}
