import { useId, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/domain';
import { t } from '../../i18n';
import { cancelEdit, submitDraft } from '../../store/phone-outbox';
import {
  detailsProblem,
  draftProblem,
  effectiveCapacity,
  effectiveOrganization,
  effectiveStakeholderGroup,
  incompleteDeliverable,
  pledgeLength,
  previewPledge,
} from '../../store/phone-draft';
import { setCapacity, setOrganization, setText } from '../../store/phone-form';
import { isLocked, usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { AutoCloseNote, LastCallBanner, RoundCountdown } from './LastCall';
import PledgeCheck from './PledgeCheck';
import { pastDateKey, type PastDate } from './past-dates';
import { detailsReady, PledgeDetails, type DetailsFocus } from './PledgeDetails';
import { SendStatus } from './SendStatus';
import { RejectReason } from './ModerationNote';
import { useMe, useMyPledge } from './useMyPledge';
import { YouAre } from './YouAre';
import { shownPrompt } from '../../prompt';
import { Choice } from './Choice';
import { useFocusIfLost } from './useFocusIfLost';


export function PledgeForm() {
  const ids = { text: useId(), counter: useId(), prompt: useId(), org: useId(), hint: useId(), capacity: useId() };
  const prompt = shownPrompt(useSession((s) => s.round?.prompt ?? ''));
  const draft = usePhone((s) => s.draft);
  const send = usePhone((s) => s.send);
  const pending = usePhone((s) => s.pending);
  const me = useMe();
  const existing = useMyPledge();
  // Never previewed yet (undefined), showing the preview (true), or back from it (false).
  const [previewing, setPreviewing] = useState<boolean>();
  // Dates already passed that the person confirmed (past-dates.ts); a date changed since is asked about again.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set());
  const [changing, setChanging] = useState<DetailsFocus | null>(null);
  // Submit tapped with a text too short or too long: the hint says why, as an error, until it is fixed.
  const [tried, setTried] = useState(false);
  // While a pledge is on its way the form shows exactly what is being sent, read-only: never an
  // empty form that invites typing it again. A refused pledge is back in the form for editing.
  const locked = isLocked({ pending, send });
  const shown = locked && pending ? pending.payload : null;
  const text = shown ? shown.text : draft.text;
  // null: a panelist whose seat has an organization has not chosen yet (no option is preselected).
  const capacity = shown ? shown.capacity : effectiveCapacity(draft, me);
  const firstCapacity = useRef<HTMLInputElement>(null);
  // Re-render when the author becomes known so the organization prefill appears.
  const organization = shown ? (shown.organization ?? '') : me ? effectiveOrganization(draft) : (draft.organization ?? '');

  const length = pledgeLength(text);
  const problem = draftProblem(text);
  const detailsIssue = locked ? null : detailsProblem(draft);
  const error = tried && problem !== null;
  const capacityMissing = tried && !locked && capacity === null;
  // On behalf of an organization, an audience member names its stakeholder group: it is never
  // assumed to be Individual. Asked in the details' fields; a phone that could not load them
  // (offline from the start) sends the pledge without, as before.
  const groupNeeded = !locked && capacity === 'organization' && effectiveStakeholderGroup(draft, me) === null && detailsReady();
  const hint = locked
    ? t('phone.form.lockedHint')
    : problem === 'tooShort'
      ? `${error ? `${t('phone.form.tooShortSubmit')} ` : ''}${t('phone.form.tooShort', { min: LIMITS.pledgeTextMin })}`
      : problem === 'tooLong'
        ? t('phone.form.tooLong', { max: LIMITS.pledgeTextMax })
        : t('phone.form.draftSaved');

  // Back from the preview, or "Edit" on the saved pledge: the text is where the person goes on
  // (read-only while it is on its way).
  const textField = useFocusIfLost<HTMLTextAreaElement>(previewing === false || (draft.editing && !previewing));
  // Otherwise, arriving with the focus nowhere (the round opened, the moderator let this phone in):
  // the question, where a screen reader reads on into the form.
  const heading = useFocusIfLost<HTMLHeadingElement>(true);

  // Submit tapped: the check before sending (a past date's question, the preview). It is part of
  // the form's own code, never a later download: a phone whose Wi-Fi dropped as the form showed
  // still sends its pledge (into the outbox, until the network is back).
  const checking = previewing === true && !locked && !problem && !detailsIssue && !groupNeeded;
  if (checking) {
    return (
      <PledgeCheck
        draft={draft}
        existing={draft.editing ? existing : undefined}
        pledge={previewPledge(draft, draft.editing ? existing : undefined)}
        kept={kept}
        onKeep={(past) => setKept(new Set([...kept, pastDateKey(past)]))}
        onChange={(past) => {
          setPreviewing(false);
          setChanging(past);
        }}
        onBack={() => setPreviewing(false)}
        onConfirm={() => {
          submitDraft();
          setPreviewing(false);
        }}
      />
    );
  }

  return (
    <section className="phone__panel pledge-form" aria-labelledby={ids.prompt}>
      <LastCallBanner editing={draft.editing} sending={locked} />
      {/* The countdown beside the label, not the question: a question in the other direction keeps the card's width. */}
      <div className="pledge-form__head">
        <RoundCountdown />
        <p className="pledge-form__eyebrow">{t('phone.form.promptLabel')}</p>
      </div>
      <h1 id={ids.prompt} className="pledge-form__prompt" data-testid="prompt" dir="auto" ref={heading} tabIndex={-1}>
        {prompt}
      </h1>
      <YouAre />
      <AutoCloseNote unlessLastCall />
      {/* Rewriting a pledge the moderator sent back: the reason stays in view while typing. */}
      {draft.editing && existing?.status === 'rejected' && <RejectReason pledge={existing} />}

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          // Submitting shows the preview first; "Confirm and submit" there sends it. A text too
          // short or too long: the hint tied to the field says why, and the field takes the focus.
          if (problem) {
            setTried(true);
            textField.current?.focus();
          } else if (!locked && capacity === null) {
            // No capacity chosen where one must be: the group says so and takes the focus.
            setTried(true);
            firstCapacity.current?.focus();
          } else if (groupNeeded) {
            // The details open at the group, which says so and takes the focus.
            setTried(true);
            setChanging({ kind: 'group' });
          } else if (!locked && !detailsIssue) setPreviewing(true);
        }}
      >
        <div className="field">
          <label htmlFor={ids.text} className="field__label">
            {t('phone.form.textLabel')}
          </label>
          <textarea
            id={ids.text}
            ref={textField}
            className="input textarea"
            data-testid="pledge-text"
            // The text's own direction once there is some; empty, the page's (an empty field's
            // "auto" is left to right, which would put an Arabic placeholder on the wrong side).
            dir={text.trim() ? 'auto' : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('phone.form.textPlaceholder')}
            rows={6}
            readOnly={locked}
            aria-describedby={`${ids.counter} ${ids.hint} ${ids.prompt}`}
            aria-invalid={problem === 'tooLong' || error || undefined}
          />
          <div className="field__meta">
            <span id={ids.hint} className={`field__hint${error ? ' field__hint--problem' : ''}`} aria-live="polite">
              {hint}
            </span>
            {/* Left to right in every language: "116 / 600", never turned into "600 / 116" in Arabic. */}
            <span
              id={ids.counter}
              dir="ltr"
              className={`counter${problem === 'tooLong' ? ' counter--over' : problem === 'tooShort' ? ' counter--under' : ''}`}
              data-testid="pledge-counter"
            >
              {t('phone.form.counter', { count: length, max: LIMITS.pledgeTextMax })}
            </span>
          </div>
        </div>

        <fieldset
          className="field choice"
          data-testid="pledge-capacity"
          aria-describedby={capacityMissing ? ids.capacity : undefined}
          aria-invalid={capacityMissing || undefined}
        >
          <legend className="field__label">{t('phone.form.capacityLegend')}</legend>
          {(['individual', 'organization'] as const).map((option, n) => (
            <Choice
              key={option}
              id={`${ids.org}-${option}`}
              name="capacity"
              value={option}
              testId={`pledge-capacity-${option}`}
              checked={capacity === option}
              onChange={() => setCapacity(option)}
              disabled={locked}
              inputRef={n === 0 ? firstCapacity : undefined}
            >
              {t(`phone.form.capacity.${option}`)}
            </Choice>
          ))}
          {capacityMissing && (
            <p id={ids.capacity} className="field__hint field__hint--problem" role="alert" data-testid="capacity-missing">
              {t('phone.form.capacityMissing')}
            </p>
          )}
        </fieldset>

        {capacity === 'organization' && (
          <div className="field">
            <label htmlFor={ids.org} className="field__label">
              {t('phone.form.organizationLabel')}
            </label>
            <input
              id={ids.org}
              className="input"
              data-testid="pledge-organization"
              value={organization}
              onChange={(e) => setOrganization(e.target.value)}
              maxLength={LIMITS.organizationMax}
              autoComplete="organization"
              readOnly={locked}
            />
          </div>
        )}

        <PledgeDetails
          locked={locked}
          focus={changing}
          onFocused={() => setChanging(null)}
          groupAsked={capacity === 'organization' && me?.authorRole === 'audience'}
          groupMissing={tried && groupNeeded}
        />

        {detailsIssue && (
          <p className="field__hint field__hint--problem" role="alert" data-testid="details-problem">
            {t(`phone.form.${detailsIssue}`, { n: incompleteDeliverable(draft) })}
          </p>
        )}

        <div className="pledge-form__actions">
          <button
            type="submit"
            className="button button--primary button--block button--large"
            data-testid="pledge-submit"
            disabled={locked || detailsIssue !== null}
            aria-busy={(locked && send === 'sending') || undefined}
          >
            {locked
              ? send === 'sending'
                ? t('phone.form.sending')
                : t('phone.form.waitingToSend')
              : draft.editing
                ? t('phone.form.save')
                : t('phone.form.submit')}
          </button>
          {draft.editing && !locked && (
            <button type="button" className="button button--ghost button--block" onClick={cancelEdit}>
              {t('phone.form.cancelEdit')}
            </button>
          )}
        </div>
        <SendStatus />
      </form>
    </section>
  );
}
