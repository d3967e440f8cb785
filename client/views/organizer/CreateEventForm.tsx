import { useId } from 'react';
import { DEFAULT_SILENT_AFTER_MONTHS, LIMITS } from '../../../shared/domain';
import { routes } from '../../../shared/http';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t, type MessageKey } from '../../i18n';
import { navigate } from '../../navigate';
import {
  addTheme,
  createEvent,
  removeTheme,
  resetThemes,
  updateEventForm,
  updateTheme,
  useEvents,
  type EventFormProblem,
  type ThemeRow,
} from '../../store/events';

const PROBLEMS: Record<EventFormProblem, MessageKey> = {
  endBeforeStart: 'org.newEvent.endBeforeStart',
  needTheme: 'org.newEvent.needTheme',
  duplicateTheme: 'org.newEvent.duplicateTheme',
  badLanguage: 'org.newEvent.badLanguage',
  tooManyLanguages: 'org.newEvent.tooManyLanguages',
  badSilentMonths: 'org.newEvent.badSilentMonths',
};

export function CreateEventForm() {
  const id = useId();
  const form = useEvents((s) => s.form);
  const creating = useEvents((s) => s.creating);
  const error = useEvents((s) => s.createError);
  const detail = useEvents((s) => s.createDetail);
  const problem = error && error in PROBLEMS ? PROBLEMS[error as EventFormProblem] : null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('org.newEvent.title')}</h2>
      <form
        className="create-form"
        data-testid="create-event-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const event = await createEvent();
          if (event) navigate(routes.organizerEvent(event.id));
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`} className="field__label">
            {t('org.newEvent.name')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            required
            maxLength={LIMITS.eventNameMax}
            placeholder={t('org.newEvent.namePlaceholder')}
            value={form.name}
            onChange={(e) => updateEventForm({ name: e.target.value })}
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
              onChange={(e) => updateEventForm({ startDate: e.target.value })}
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
              onChange={(e) => updateEventForm({ endDate: e.target.value })}
            />
          </div>
        </div>

        <fieldset className="theme-editor" aria-describedby={`${id}-themes-help`}>
          <legend className="field__label">{t('org.newEvent.themes')}</legend>
          <p id={`${id}-themes-help`} className="field__help theme-editor__help">
            {t('org.newEvent.themesHelp')}
          </p>
          <ol className="theme-editor__rows">
            {form.themes.map((row, i) => (
              <ThemeRowEditor key={row.key} row={row} n={i + 1} canRemove={form.themes.length > 1} />
            ))}
          </ol>
          <div className="theme-editor__actions">
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={addTheme}
              disabled={form.themes.length >= LIMITS.eventThemesMax}
            >
              {t('org.newEvent.addTheme')}
            </button>
            <button type="button" className="button button--small button--ghost" onClick={resetThemes}>
              {t('org.newEvent.resetThemes')}
            </button>
          </div>
        </fieldset>

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
              onChange={(e) => updateEventForm({ languages: e.target.value })}
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
              onChange={(e) => updateEventForm({ silentAfterMonths: e.target.value })}
            />
            <p id={`${id}-silent-help`} className="field__help">
              {t('org.newEvent.silentAfterHelp', { n: DEFAULT_SILENT_AFTER_MONTHS })}
            </p>
          </div>
        </div>

        {problem ? (
          <p className="error-message" role="alert">
            {t(problem, { detail: detail ?? '' })}
          </p>
        ) : (
          <>
            <ErrorMessage code={error} />
            {detail && <p className="field__help">{t('org.errorDetail', { detail })}</p>}
          </>
        )}
        <button type="submit" className="button button--primary" data-testid="create-event" disabled={creating}>
          {creating ? t('org.newEvent.creating') : t('org.newEvent.submit')}
        </button>
      </form>
    </section>
  );
}

function ThemeRowEditor({ row, n, canRemove }: { row: ThemeRow; n: number; canRemove: boolean }) {
  const id = useId();
  return (
    <li className="theme-editor__row">
      <label htmlFor={id} className="visually-hidden">
        {t('org.newEvent.themeN', { n })}
      </label>
      <span className="theme-editor__n" aria-hidden="true">
        {n}
      </span>
      <input
        id={id}
        className="input"
        data-testid={`theme-${n}`}
        maxLength={LIMITS.themeLabelMax}
        value={row.label}
        onChange={(e) => updateTheme(row.key, e.target.value)}
      />
      <button
        type="button"
        className="button button--small button--ghost"
        onClick={() => removeTheme(row.key)}
        disabled={!canRemove}
        aria-label={t('org.newEvent.removeThemeN', { n, label: row.label || t('org.newEvent.themeN', { n }) })}
      >
        {t('org.create.remove')}
      </button>
    </li>
  );
}
