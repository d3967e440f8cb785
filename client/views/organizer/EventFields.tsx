import { useId, type ReactNode, type Ref } from 'react';
import { DEFAULT_SILENT_AFTER_MONTHS, LIMITS } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t, type MessageKey } from '../../i18n';
import type { EventDetailsForm, EventFormProblem } from '../../store/events';

/** The fields an event's create and edit forms share: name, days, languages and months before a pledge is silent. */

interface FieldsProps {
  form: EventDetailsForm;
  onChange: (patch: Partial<EventDetailsForm>) => void;
  /** The name input, for a form that puts the focus there when it opens. */
  nameRef?: Ref<HTMLInputElement>;
  /** Shown between the days and the languages (the create form's theme list). */
  children?: ReactNode;
}

export function EventDetailsFields({ form, onChange, nameRef, children }: FieldsProps) {
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label">
          {t('org.newEvent.name')}
        </label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          className="input"
          required
          maxLength={LIMITS.eventNameMax}
          placeholder={t('org.newEvent.namePlaceholder')}
          value={form.name}
          onChange={(e) => onChange({ name: e.target.value })}
        />
      </div>
      <div className="create-form__row">
        <div className="field field--date">
          <label htmlFor={`${id}-start`} className="field__label">
            {t('org.newEvent.startDate')}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="date"
            value={form.startDate}
            onChange={(e) => onChange({ startDate: e.target.value })}
          />
        </div>
        <div className="field field--date">
          <label htmlFor={`${id}-end`} className="field__label">
            {t('org.newEvent.endDate')}
          </label>
          <input
            id={`${id}-end`}
            className="input"
            type="date"
            min={form.startDate || undefined}
            value={form.endDate}
            onChange={(e) => onChange({ endDate: e.target.value })}
          />
        </div>
      </div>

      {children}

      <div className="create-form__row">
        <div className="field field--grow field--languages">
          <label htmlFor={`${id}-langs`} className="field__label">
            {t('org.newEvent.languages')}
          </label>
          <input
            id={`${id}-langs`}
            className="input"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-langs-help`}
            value={form.languages}
            onChange={(e) => onChange({ languages: e.target.value })}
          />
          <p id={`${id}-langs-help`} className="field__help">
            {t('org.newEvent.languagesHelp')}
          </p>
        </div>
        <div className="field field--silent">
          <label htmlFor={`${id}-silent`} className="field__label">
            {t('org.newEvent.silentAfter')}
          </label>
          <input
            id={`${id}-silent`}
            className="input input--number"
            type="number"
            inputMode="numeric"
            min={1}
            max={24}
            step={1}
            required
            aria-describedby={`${id}-silent-help`}
            value={form.silentAfterMonths}
            onChange={(e) => onChange({ silentAfterMonths: e.target.value })}
          />
          <p id={`${id}-silent-help`} className="field__help">
            {t('org.newEvent.silentAfterHelp', { n: DEFAULT_SILENT_AFTER_MONTHS })}
          </p>
        </div>
      </div>
    </>
  );
}

const PROBLEMS: Record<EventFormProblem, MessageKey> = {
  needName: 'org.newEvent.needName',
  endBeforeStart: 'org.newEvent.endBeforeStart',
  needTheme: 'org.newEvent.needTheme',
  duplicateTheme: 'org.newEvent.duplicateTheme',
  badLanguage: 'org.newEvent.badLanguage',
  tooManyLanguages: 'org.newEvent.tooManyLanguages',
  badSilentMonths: 'org.newEvent.badSilentMonths',
};

/** What stopped the form: a check made here, or the server's error code with its explanation. */
export function EventFormError({ error, detail }: { error: EventFormProblem | string | null; detail: string | null }) {
  const problem = error && error in PROBLEMS ? PROBLEMS[error as EventFormProblem] : null;
  return problem ? (
    <p className="error-message" role="alert" data-testid="event-form-error">
      {t(problem, { detail: detail ?? '' })}
    </p>
  ) : (
    <>
      <ErrorMessage code={error} />
      {detail && <p className="field__help">{t('org.errorDetail', { detail })}</p>}
    </>
  );
}
