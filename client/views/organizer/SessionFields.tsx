import { useId, type Ref } from 'react';
import { LIMITS } from '../../../shared/domain';
import { t, type MessageKey } from '../../i18n';
import type { DetailsForm } from '../../store/organizer';

/**
 * The fields a session is described by, shared by the new-session form and the edit form: its
 * title and code, and its schedule details. Each form holds the values and says what is wrong
 * where (`…Error`: the message shown under that field, which is then marked invalid).
 */

/** A field's own problem, read with it (aria-describedby) and shown under it. */
function FieldProblem({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="error-message" role="alert">
      {text}
    </p>
  );
}

interface NameProps {
  title: string;
  code: string;
  onChange: (patch: { title?: string; code?: string }) => void;
  titleError?: string | null;
  codeError?: string | null;
  /** The title input, for a form that puts the focus there when it opens. */
  titleRef?: Ref<HTMLInputElement>;
  codeRef?: Ref<HTMLInputElement>;
}

export function SessionNameFields({ title, code, onChange, titleError, codeError, titleRef, codeRef }: NameProps) {
  const id = useId();
  return (
    <div className="create-form__row">
      <div className="field field--grow">
        <label htmlFor={`${id}-title-input`} className="field__label">
          {t('org.create.sessionTitle')}
        </label>
        <input
          ref={titleRef}
          id={`${id}-title-input`}
          className="input"
          data-testid="session-title"
          required
          maxLength={LIMITS.titleMax}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-problem` : undefined}
          value={title}
          onChange={(e) => onChange({ title: e.target.value })}
        />
        <FieldProblem id={`${id}-title-problem`} text={titleError} />
      </div>
      <div className="field field--code">
        <label htmlFor={`${id}-code`} className="field__label">
          {t('org.create.code')}
        </label>
        <input
          ref={codeRef}
          id={`${id}-code`}
          className="input"
          data-testid="session-code"
          maxLength={LIMITS.sessionCodeMax}
          placeholder={t('org.create.codePlaceholder')}
          aria-invalid={codeError ? true : undefined}
          aria-describedby={codeError ? `${id}-code-problem` : undefined}
          value={code}
          onChange={(e) => onChange({ code: e.target.value })}
        />
      </div>
      {/* A sentence, too long for the code's narrow column: on a line of its own, ending under the code field. */}
      {codeError && (
        <div className="create-form__row-end">
          <FieldProblem id={`${id}-code-problem`} text={codeError} />
        </div>
      )}
    </div>
  );
}

const DETAIL_TEXT_FIELDS: { key: Exclude<keyof DetailsForm, 'start' | 'end' | 'policyQuestions'>; label: MessageKey; max: number }[] = [
  { key: 'room', label: 'org.create.room', max: LIMITS.roomMax },
  { key: 'format', label: 'org.create.format', max: LIMITS.formatMax },
  { key: 'moderator', label: 'org.create.moderator', max: LIMITS.nameMax },
  { key: 'onlineModerator', label: 'org.create.onlineModerator', max: LIMITS.nameMax },
  { key: 'rapporteur', label: 'org.create.rapporteur', max: LIMITS.nameMax },
];

interface DetailsProps {
  details: DetailsForm;
  onChange: (patch: Partial<DetailsForm>) => void;
  /** The end time's problem (it does not come after the start). */
  endError?: string | null;
  endRef?: Ref<HTMLInputElement>;
}

/** Start and end, room, format, the moderators' and the rapporteur's names. */
export function ScheduleDetails({ details, onChange, endError, endRef }: DetailsProps) {
  const id = useId();
  return (
    <fieldset className="details-editor">
      <legend className="field__label">{t('org.create.schedule')}</legend>
      <div className="details-editor__grid">
        <div className="field field--when">
          <label htmlFor={`${id}-start`} className="field__label field__label--small">
            {t('org.create.start')}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="datetime-local"
            data-testid="session-start"
            value={details.start}
            onChange={(e) => onChange({ start: e.target.value })}
          />
        </div>
        <div className="field field--when">
          <label htmlFor={`${id}-end`} className="field__label field__label--small">
            {t('org.create.end')}
          </label>
          <input
            ref={endRef}
            id={`${id}-end`}
            className="input"
            type="datetime-local"
            data-testid="session-end"
            min={details.start || undefined}
            aria-invalid={endError ? true : undefined}
            aria-describedby={endError ? `${id}-end-problem` : undefined}
            value={details.end}
            onChange={(e) => onChange({ end: e.target.value })}
          />
          <FieldProblem id={`${id}-end-problem`} text={endError} />
        </div>
        {DETAIL_TEXT_FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={`${id}-${f.key}`} className="field__label field__label--small">
              {t(f.label)}
            </label>
            <input
              id={`${id}-${f.key}`}
              className="input"
              data-testid={`session-${f.key}`}
              maxLength={f.max}
              value={details[f.key]}
              onChange={(e) => onChange({ [f.key]: e.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
