import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { LIMITS } from '../../../shared/domain';
import type { Pledge } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { closeForm, redoFix, saveFix, sendReject, typeInForm, type PledgeForm } from '../../store/moderation';
import { useModerator } from '../../store/moderator';

/** Escape closes a pledge's form, as its Cancel button does. */
const escapeCloses = (pledgeId: string) => (e: KeyboardEvent) => {
  if (e.key !== 'Escape') return;
  e.preventDefault();
  closeForm(pledgeId);
};

/**
 * Fixing a typo, in place of the text. When the pledge changed meanwhile (its author edited it),
 * nothing is saved: the new text is shown and the moderator starts again from it.
 */
export function FixEditor({ pledge, form }: { pledge: Pledge; form: Extract<PledgeForm, { kind: 'fix' }> }) {
  const ids = { text: useId(), count: useId() };
  const input = useRef<HTMLTextAreaElement>(null);
  const busy = useModerator((s) => s.pending[`fix:${pledge.id}`]);
  const error = useModerator((s) => s.errors[`fix:${pledge.id}`]);
  const length = form.text.trim().length;
  const fits = length >= LIMITS.pledgeTextMin && length <= LIMITS.pledgeTextMax;

  useEffect(() => {
    input.current?.focus();
  }, [form.basedOn]);

  return (
    <form
      className="mod-form"
      onKeyDown={escapeCloses(pledge.id)}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && fits) void saveFix(pledge.id);
      }}
    >
      <label className="field__label" htmlFor={ids.text}>
        {t('console.pledge.fixLabel')}
      </label>
      <textarea
        ref={input}
        id={ids.text}
        className="input textarea mod-form__text"
        data-testid={`fix-text-${pledge.id}`}
        dir="auto"
        rows={4}
        maxLength={LIMITS.pledgeTextMax}
        value={form.text}
        aria-describedby={ids.count}
        aria-invalid={!fits || undefined}
        onChange={(e) => typeInForm(pledge.id, e.target.value)}
      />
      <p className="mod-form__count" id={ids.count}>
        {length < LIMITS.pledgeTextMin ? t('phone.form.tooShort', { min: LIMITS.pledgeTextMin }) : t('phone.form.counter', { count: length, max: LIMITS.pledgeTextMax })}
      </p>
      {form.current && (
        <div className="mod-form__changed" role="alert" data-testid={`fix-changed-${pledge.id}`}>
          <p>{t('console.pledge.fixChanged')}</p>
          <blockquote className="mod-form__current">{form.current.text}</blockquote>
          <button type="button" className="button button--small button--secondary" data-testid={`fix-redo-${pledge.id}`} onClick={() => redoFix(pledge.id)}>
            {t('console.pledge.fixRedo')}
          </button>
        </div>
      )}
      {!form.current && <ErrorMessage code={error} />}
      <div className="mod-pledge__actions">
        <button
          type="submit"
          className="button button--small button--primary"
          data-testid={`fix-save-${pledge.id}`}
          aria-disabled={busy || !fits || form.current !== null || undefined}
        >
          {t('console.pledge.fixSave')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => closeForm(pledge.id)}>
          {t('console.pledge.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The reason for a rejection, which its author sees; required. */
export function RejectForm({ pledgeId, form }: { pledgeId: string; form: Extract<PledgeForm, { kind: 'reject' }> }) {
  const ids = { reason: useId(), missing: useId() };
  const input = useRef<HTMLInputElement>(null);
  const busy = useModerator((s) => s.pending[`reject:${pledgeId}`]);
  const error = useModerator((s) => s.errors[`reject:${pledgeId}`]);

  useEffect(() => {
    input.current?.focus();
  }, [form.missing]);

  return (
    <form
      className="mod-form mod-form--reject"
      noValidate
      onKeyDown={escapeCloses(pledgeId)}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void sendReject(pledgeId);
      }}
    >
      <label className="field__label" htmlFor={ids.reason}>
        {t('console.pledge.rejectLabel')}
      </label>
      <input
        ref={input}
        id={ids.reason}
        className="input"
        data-testid={`reject-reason-${pledgeId}`}
        required
        maxLength={LIMITS.rejectReasonMax}
        value={form.reason}
        aria-invalid={form.missing || undefined}
        aria-describedby={form.missing ? ids.missing : undefined}
        onChange={(e) => typeInForm(pledgeId, e.target.value)}
      />
      {form.missing && (
        <p className="mod-form__missing" id={ids.missing} role="alert">
          {t('console.pledge.rejectMissing')}
        </p>
      )}
      <ErrorMessage code={error} />
      <div className="mod-pledge__actions">
        <button type="submit" className="button button--small button--danger" data-testid={`reject-send-${pledgeId}`} aria-disabled={busy || undefined}>
          {t('console.pledge.rejectSend')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => closeForm(pledgeId)}>
          {t('console.pledge.cancel')}
        </button>
      </div>
    </form>
  );
}
