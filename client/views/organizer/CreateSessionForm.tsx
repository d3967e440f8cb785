import { useId } from 'react';
import { LIMITS, type RegionalGroup, type StakeholderGroup } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RegionalGroupOptions, StakeholderGroupOptions } from '../../components/GroupOptions';
import { t, type MessageKey } from '../../i18n';
import { useEvents } from '../../store/events';
import {
  addRow,
  createSession,
  removeRow,
  updateDetails,
  updateForm,
  updateRow,
  useOrganizer,
  type DetailsForm,
  type PanelistRow,
} from '../../store/organizer';
import { PolicyQuestionsField } from './PolicyQuestionsField';

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
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="create-session-form">
      <h2 id={`${id}-title`}>{inEvent ? t('org.create.inEventTitle') : t('org.create.title')}</h2>
      {inEvent && <p className="card__intro">{t('org.create.inEventIntro')}</p>}
      <form
        className="create-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await createSession()) onCreated?.();
        }}
      >
        <div className="create-form__row">
          <div className="field field--grow">
            <label htmlFor={`${id}-title-input`} className="field__label">
              {t('org.create.sessionTitle')}
            </label>
            <input
              id={`${id}-title-input`}
              className="input"
              required
              maxLength={LIMITS.titleMax}
              value={form.title}
              onChange={(e) => updateForm({ title: e.target.value })}
            />
          </div>
          <div className="field field--code">
            <label htmlFor={`${id}-code`} className="field__label">
              {t('org.create.code')}
            </label>
            <input
              id={`${id}-code`}
              className="input"
              maxLength={LIMITS.sessionCodeMax}
              placeholder={t('org.create.codePlaceholder')}
              value={form.code}
              onChange={(e) => updateForm({ code: e.target.value })}
            />
          </div>
        </div>
        {!inEvent && <EventPicker id={`${id}-event`} value={form.eventId} />}
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
        <PolicyQuestionsField />

        {inEvent && <ScheduleDetails details={form.details} />}

        <fieldset className="panel-editor">
          <legend className="field__label">{t('org.create.panel')}</legend>
          <ol className="panel-editor__rows">
            {form.panelists.map((row, index) => (
              <PanelistRowEditor key={row.key} row={row} n={index + 1} canRemove={form.panelists.length > 1} />
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
        {error === 'policyQuestions' ? null : error === 'needPanelist' || error === 'endBeforeStart' ? (
          <p className="error-message" role="alert">
            {error === 'needPanelist' ? t('org.create.needPanelist') : t('org.create.endBeforeStart')}
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

/** The quick form may still put the session in an event. */
function EventPicker({ id, value }: { id: string; value: string | null }) {
  const events = useEvents((s) => s.events);
  if (!events || events.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('org.create.event')}
      </label>
      <select
        id={id}
        className="input select"
        data-testid="session-event"
        value={value ?? ''}
        onChange={(e) => updateForm({ eventId: e.target.value || null })}
      >
        <option value="">{t('org.create.noEvent')}</option>
        {events.map((ev) => (
          <option key={ev.id} value={ev.id}>
            {ev.name}
          </option>
        ))}
      </select>
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

function ScheduleDetails({ details }: { details: DetailsForm }) {
  const id = useId();
  return (
    <fieldset className="details-editor">
      <legend className="field__label">{t('org.create.schedule')}</legend>
      <div className="details-editor__grid">
        <div className="field">
          <label htmlFor={`${id}-start`} className="field__label field__label--small">
            {t('org.create.start')}
          </label>
          <input
            id={`${id}-start`}
            className="input"
            type="datetime-local"
            data-testid="session-start"
            value={details.start}
            onChange={(e) => updateDetails({ start: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`} className="field__label field__label--small">
            {t('org.create.end')}
          </label>
          <input
            id={`${id}-end`}
            className="input"
            type="datetime-local"
            data-testid="session-end"
            min={details.start || undefined}
            value={details.end}
            onChange={(e) => updateDetails({ end: e.target.value })}
          />
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
              onChange={(e) => updateDetails({ [f.key]: e.target.value })}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function PanelistRowEditor({ row, n, canRemove }: { row: PanelistRow; n: number; canRemove: boolean }) {
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
          onChange={(e) => updateRow(row.key, { stakeholderGroup: e.target.value as StakeholderGroup })}
        >
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
