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

/** Whether the section's fields are here, so the stakeholder group can be chosen. */
export const detailsReady = fields.ready;

/** Where the section opens with the focus: a date to change, or the stakeholder group to choose. */
export type DetailsFocus = PastDate | { kind: 'group' };

/**
 * Everything past text and capacity: collapsed, all with defaults but one: an audience member
 * pledging on behalf of an organization chooses its stakeholder group (`groupAsked`: the summary
 * says so instead of "optional"; `groupMissing`: Submit found none). `focus`: the details open at
 * it, with the focus.
 */
export function PledgeDetails({
  locked,
  focus = null,
  onFocused,
  groupAsked,
  groupMissing,
}: {
  locked: boolean;
  focus?: DetailsFocus | null;
  onFocused?(): void;
  groupAsked: boolean;
  groupMissing: boolean;
}) {
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
    // Once the section is open: a field in a closed one cannot take the focus.
    if (!focus || !Fields || !open) return;
    const target = `${id}-${focus.kind === 'deliverable' ? `dl-due-${focus.n}` : focus.kind === 'group' ? 'group-0' : 'tf-when'}`;
    // After the details have opened.
    requestAnimationFrame(() => {
      const input = document.getElementById(target);
      input?.scrollIntoView({ block: 'center' });
      input?.focus();
      onFocused?.();
    });
  }, [focus, Fields, open]);

  return (
    <details
      className="pledge-details"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      data-testid="pledge-details"
    >
      <summary className="pledge-details__summary" id={`${id}-summary`} data-testid="pledge-details-summary">
        {t(groupAsked ? 'phone.form.detailsSummaryGroup' : 'phone.form.detailsSummary')}
      </summary>
      <p className="field__help">{t('phone.form.detailsHint')}</p>
      {Fields ? (
        <Fields prefix={id} locked={locked} open={open} groupMissing={groupMissing} />
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
