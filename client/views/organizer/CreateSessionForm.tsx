import { useId } from 'react';
import { LIMITS, type RegionalGroup, type StakeholderGroup } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RegionalGroupOptions, StakeholderGroupOptions } from '../../components/GroupOptions';
import { t } from '../../i18n';
import { useEvents } from '../../store/events';
import {
  addRow,
  createSession,
  groupMissing,
  questionsProblem,
  removeRow,
  updateDetails,
  updateForm,
  updateRow,
  useOrganizer,
  type PanelistRow,
} from '../../store/organizer';
import { PolicyQuestionsField } from './PolicyQuestionsField';
import { ScheduleDetails, SessionNameFields } from './SessionFields';

interface Props {
  /**
   * null: the quick form of /organizer (the event is picked in the form, schedule details are left
   * out). An event id: the form on that event's page, with the schedule details.
   */
  eventId: string | null;
  /** Called after the session was created (its links are then shown by CreatedLinks). */
  onCreated?: () => void;
}

export function CreateSessionForm({ eventId, onCreated }: Props) {
  const id = useId();
  const form = useOrganizer((s) => s.form);
  const creating = useOrganizer((s) => s.creating);
  const error = useOrganizer((s) => s.createError);
  const detail = useOrganizer((s) => s.createDetail);
  const inEvent = eventId !== null;
  // The quick form offers the organizer's events: one of them or "No event" must be chosen (also
  // while they load, or if they could not be: "No event" is then the one choice at hand).
  const eventOffered = useEvents((s) => !inEvent && (s.events === null || s.events.length > 0));
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="create-session-form">
      <h2 id={`${id}-title`}>{inEvent ? t('org.create.inEventTitle') : t('org.create.title')}</h2>
      {inEvent && <p className="card__intro">{t('org.create.inEventIntro')}</p>}
      <form
        className="create-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const formEl = e.currentTarget;
          if (await createSession({ eventOffered })) onCreated?.();
          // The event still to choose, or the first panelist still without a group, takes the focus, its message read with it.
          else if (['needEvent', 'needGroup'].includes(useOrganizer.getState().createError ?? '')) formEl.querySelector<HTMLSelectElement>('select[aria-invalid="true"]')?.focus();
        }}
      >
        <SessionNameFields title={form.title} code={form.code} onChange={updateForm} />
        {eventOffered && <EventPicker id={`${id}-event`} value={form.eventId} problem={error === 'needEvent'} />}
        <div className="field">
          <label htmlFor={`${id}-prompt`} className="field__label">
            {t('org.create.prompt')}
          </label>
          <textarea
            id={`${id}-prompt`}
            className="input textarea"
            rows={2}
            maxLength={LIMITS.promptMax}
            placeholder={t('round.defaultPrompt')}
            value={form.prompt}
            onChange={(e) => updateForm({ prompt: e.target.value })}
          />
        </div>
        <PolicyQuestionsField value={form.details.policyQuestions} problem={error === 'policyQuestions' ? questionsProblem(form.details.policyQuestions) : null} onChange={updateDetails} />

        {inEvent && <ScheduleDetails details={form.details} onChange={updateDetails} />}

        <fieldset className="panel-editor">
          <legend className="field__label">{t('org.create.panel')}</legend>
          <ol className="panel-editor__rows">
            {form.panelists.map((row, index) => (
              <PanelistRowEditor
                key={row.key}
                row={row}
                n={index + 1}
                canRemove={form.panelists.length > 1}
                problemId={error === 'needGroup' && groupMissing(row) ? `${id}-problem` : null}
              />
            ))}
          </ol>
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={addRow}
            disabled={form.panelists.length >= LIMITS.panelMax}
          >
            {t('org.create.addPanelist')}
          </button>
        </fieldset>

        {/* The policy questions' problem shows at the field. */}
        {error === 'policyQuestions' || error === 'needEvent' ? null : error === 'needPanelist' || error === 'needGroup' || error === 'endBeforeStart' ? (
          <p className="error-message" role="alert" id={`${id}-problem`}>
            {t(`org.create.${error}`)}
          </p>
        ) : (
          <>
            <ErrorMessage code={error} />
            {detail && <p className="field__help">{t('org.errorDetail', { detail })}</p>}
          </>
        )}
        <button type="submit" className="button button--primary" data-testid="create-session" disabled={creating}>
          {creating ? t('org.create.creating') : t('org.create.submit')}
        </button>
      </form>
    </section>
  );
}

/** The "No event" choice's value (event ids are never empty, so never this). */
const NO_EVENT = '-';

/**
 * The quick form puts the session in one of the organizer's events or in none: chosen, never
 * assumed (a session left out of its event is missing from the event's forum wall and report).
 * `problem`: the form was sent without a choice.
 */
function EventPicker({ id, value, problem }: { id: string; value: string | null | undefined; problem: boolean }) {
  const events = useEvents((s) => s.events) ?? [];
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('org.create.event')}
      </label>
      <select
        id={id}
        className="input select"
        data-testid="session-event"
        value={value === undefined ? '' : (value ?? NO_EVENT)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => updateForm({ eventId: e.target.value === NO_EVENT ? null : e.target.value })}
      >
        <option value="" disabled>
          {t('org.create.choose')}
        </option>
        {events.map((ev) => (
          <option key={ev.id} value={ev.id}>
            {ev.name}
          </option>
        ))}
        <option value={NO_EVENT}>{t('org.create.noEvent')}</option>
      </select>
      {problem && (
        <p id={`${id}-problem`} className="error-message" role="alert">
          {t('org.create.needEvent')}
        </p>
      )}
    </div>
  );
}

/** `problemId`: the form's message saying this row's group must be chosen, when it says so. */
function PanelistRowEditor({ row, n, canRemove, problemId }: { row: PanelistRow; n: number; canRemove: boolean; problemId: string | null }) {
  const id = useId();
  return (
    <li className="panel-editor__row" aria-label={t('org.create.panelistN', { n })}>
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label field__label--small">
          {t('org.create.name')}
        </label>
        <input
          id={`${id}-name`}
          className="input"
          data-testid={`panelist-name-${n}`}
          maxLength={LIMITS.nameMax}
          value={row.name}
          onChange={(e) => updateRow(row.key, { name: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-org`} className="field__label field__label--small">
          {t('org.create.organization')}
        </label>
        <input
          id={`${id}-org`}
          className="input"
          data-testid={`panelist-org-${n}`}
          maxLength={LIMITS.organizationMax}
          value={row.organization}
          onChange={(e) => updateRow(row.key, { organization: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`} className="field__label field__label--small">
          {t('org.create.group')}
        </label>
        <select
          id={`${id}-group`}
          className="input select"
          data-testid={`panelist-group-${n}`}
          value={row.stakeholderGroup}
          aria-invalid={problemId ? true : undefined}
          aria-describedby={problemId ?? undefined}
          onChange={(e) => updateRow(row.key, { stakeholderGroup: e.target.value as StakeholderGroup })}
        >
          <option value="" disabled>
            {t('org.create.choose')}
          </option>
          <StakeholderGroupOptions />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-region`} className="field__label field__label--small">
          {t('org.create.region')}
        </label>
        <select
          id={`${id}-region`}
          className="input select"
          data-testid={`panelist-region-${n}`}
          value={row.regionalGroup}
          onChange={(e) => updateRow(row.key, { regionalGroup: e.target.value as RegionalGroup | '' })}
        >
          <option value="">{t('org.create.regionNone')}</option>
          <RegionalGroupOptions />
        </select>
      </div>
      <button
        type="button"
        className="button button--small button--ghost panel-editor__remove"
        onClick={() => removeRow(row.key)}
        disabled={!canRemove}
        aria-label={t('org.create.removePanelist', { n })}
      >
        {t('org.create.remove')}
      </button>
    </li>
  );
}
