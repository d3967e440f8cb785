import { useId } from 'react';
import { LIMITS } from '../../../shared/domain';
import { Countdown } from '../../components/Countdown';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import {
  cancelEdit,
  draftProblem,
  effectiveOrganization,
  pledgeLength,
  setCapacity,
  setOrganization,
  setText,
  submitDraft,
  usePhone,
} from '../../store/phone';
import { useSession } from '../../store/session';
import { useMe } from './useMyPledge';

export function PledgeForm() {
  const ids = { text: useId(), counter: useId(), prompt: useId(), org: useId(), hint: useId() };
  const prompt = useSession((s) => s.round?.prompt ?? '');
  const endsAt = useSession((s) => s.round?.countdownEndsAt ?? null);
  const draft = usePhone((s) => s.draft);
  const send = usePhone((s) => s.send);
  const sendError = usePhone((s) => s.sendError);
  const me = useMe();
  // Re-render when the panelist becomes known so the organization prefill appears.
  const organization = me ? effectiveOrganization(draft) : (draft.organization ?? '');

  const length = pledgeLength(draft.text);
  const problem = draftProblem(draft.text);
  const busy = send !== 'idle';
  const hint =
    problem === 'tooShort'
      ? t('phone.form.tooShort', { min: LIMITS.pledgeTextMin })
      : problem === 'tooLong'
        ? t('phone.form.tooLong', { max: LIMITS.pledgeTextMax })
        : t('phone.form.draftSaved');

  return (
    <section className="phone__panel pledge-form" aria-labelledby={ids.prompt}>
      {endsAt !== null && <Countdown endsAt={endsAt} className="countdown--phone" label={t('phone.timer.label')} />}
      <p className="pledge-form__eyebrow">{t('phone.form.promptLabel')}</p>
      <h1 id={ids.prompt} className="pledge-form__prompt" data-testid="prompt">
        {prompt}
      </h1>
      {me && <p className="phone__me">{t('phone.signedInAs', { name: me.name })}</p>}

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submitDraft();
        }}
      >
        <div className="field">
          <label htmlFor={ids.text} className="field__label">
            {t('phone.form.textLabel')}
          </label>
          <textarea
            id={ids.text}
            className="input textarea"
            data-testid="pledge-text"
            value={draft.text}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('phone.form.textPlaceholder')}
            rows={6}
            readOnly={busy}
            aria-describedby={`${ids.counter} ${ids.hint} ${ids.prompt}`}
            aria-invalid={problem === 'tooLong' || undefined}
          />
          <div className="field__meta">
            <span id={ids.hint} className="field__hint" aria-live="polite">
              {hint}
            </span>
            <span
              id={ids.counter}
              className={`counter${problem === 'tooLong' ? ' counter--over' : problem === 'tooShort' ? ' counter--under' : ''}`}
              data-testid="pledge-counter"
            >
              {t('phone.form.counter', { count: length, max: LIMITS.pledgeTextMax })}
            </span>
          </div>
        </div>

        <fieldset className="field choice">
          <legend className="field__label">{t('phone.form.capacityLegend')}</legend>
          {(['individual', 'organization'] as const).map((capacity) => (
            <div className="choice__option" key={capacity}>
              <input
                type="radio"
                id={`${ids.org}-${capacity}`}
                name="capacity"
                value={capacity}
                checked={draft.capacity === capacity}
                onChange={() => setCapacity(capacity)}
                disabled={busy}
              />
              <label htmlFor={`${ids.org}-${capacity}`}>{t(`phone.form.capacity.${capacity}`)}</label>
            </div>
          ))}
        </fieldset>

        {draft.capacity === 'organization' && (
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
              readOnly={busy}
            />
          </div>
        )}

        <ErrorMessage code={sendError} />

        <div className="pledge-form__actions">
          <button
            type="submit"
            className="button button--primary button--block button--large"
            data-testid="pledge-submit"
            disabled={busy || problem !== null}
            aria-busy={busy || undefined}
          >
            {send === 'sending'
              ? t('phone.form.sending')
              : send === 'retrying'
                ? t('phone.form.retrying')
                : draft.editing
                  ? t('phone.form.save')
                  : t('phone.form.submit')}
          </button>
          {draft.editing && (
            <button type="button" className="button button--ghost button--block" onClick={cancelEdit}>
              {t('phone.form.cancelEdit')}
            </button>
          )}
        </div>
        {busy && (
          <p className="visually-hidden" role="status">
            {send === 'retrying' ? t('phone.form.retrying') : t('phone.form.sending')}
          </p>
        )}
      </form>
    </section>
  );
}
