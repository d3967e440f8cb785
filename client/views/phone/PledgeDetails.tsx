import { useEffect, useId, useState } from 'react';
import { STAKEHOLDER_GROUPS } from '../../../shared/domain';
import { loadPageStrings, t } from '../../i18n';
import { effectiveRegionalGroup, effectiveStakeholderGroup } from '../../store/phone-draft';
import { setStakeholderGroup } from '../../store/phone-form';
import { usePhone } from '../../store/phone-state';
import { Choice } from './Choice';
import { lazyPart } from './lazy-part';
import type { PastDate } from './past-dates';
import { useMe } from './useMyPledge';

// The section's fields are a chunk of their own, with their strings, fetched in the first idle
// moment after the form shows (and precached for offline use), so opening the section does not
// wait on a slow link.
const fields = lazyPart(async () => (await Promise.all([import('./PledgeDetailsFields'), loadPageStrings(['phone-details'])]))[0]);

interface DetailsProps {
  locked: boolean;
  /** A date the person wants to change (after being asked about it): the details open at it. */
  focus?: PastDate | null;
  onFocused?(): void;
  /** Submit found no stakeholder group where one is needed: the group says so. */
  groupMissing?: boolean;
  /** Counts those submits: each one opens the details at the group and gives it the focus. */
  askGroup?: number;
}

/**
 * Everything past text and capacity: collapsed, all with defaults but one. The stakeholder group
 * is part of the form's own code, not of the section's chunk: a pledge on behalf of an
 * organization needs it from an audience member (it is never assumed), and a phone that could not
 * load the chunk (offline) still offers it, so it can still submit.
 */
export function PledgeDetails({ locked, focus = null, onFocused, groupMissing = false, askGroup = 0 }: DetailsProps) {
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
  const [asked, setAsked] = useState(0);
  const { Part: Fields, failed } = fields.usePart(open, true);
  useEffect(() => {
    if (focus || askGroup) setOpen(true);
  }, [focus, askGroup]);
  useEffect(() => {
    if (!open || asked === askGroup) return;
    setAsked(askGroup);
    // After the details have opened.
    requestAnimationFrame(() => {
      const first = document.getElementById(`${id}-group-0`);
      first?.scrollIntoView({ block: 'center' });
      first?.focus();
    });
  }, [open, askGroup]);
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

  const group = me || draft.stakeholderGroup ? effectiveStakeholderGroup(draft, me) : null;
  const groups = (
    <fieldset
      className="field choice"
      data-testid="pledge-stakeholder-group"
      aria-invalid={groupMissing || undefined}
      aria-describedby={groupMissing ? `${id}-group-missing` : undefined}
    >
      <legend className="field__label">{t('phone.form.stakeholderGroupLabel')}</legend>
      {STAKEHOLDER_GROUPS.map((g, n) => (
        <Choice key={g} id={`${id}-group-${n}`} name={`${id}-group`} testId={`pledge-group-${n}`} checked={group === g} onChange={() => setStakeholderGroup(g)}>
          {t(`group.${g}`)}
        </Choice>
      ))}
      {groupMissing && (
        <p id={`${id}-group-missing`} className="field__hint field__hint--problem" role="alert" data-testid="group-missing">
          {t('phone.form.groupMissing')}
        </p>
      )}
    </fieldset>
  );

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
        <Fields prefix={id} locked={locked} open={open}>
          {groups}
        </Fields>
      ) : (
        <fieldset className="pledge-details__body" disabled={locked} aria-labelledby={`${id}-summary`}>
          {groups}
          {open && (
            <p className="field__hint" role="status" data-testid="pledge-details-loading">
              {failed ? t('phone.form.detailsUnavailable') : t('app.loading')}
            </p>
          )}
        </fieldset>
      )}
    </details>
  );
}
