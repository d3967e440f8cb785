import { useId, useLayoutEffect } from 'react';
import { LIMITS } from '../../../shared/domain';
import { routes } from '../../../shared/http';
import { t, useLocale } from '../../i18n';
import { navigate } from '../../navigate';
import {
  addTheme,
  createEvent,
  removeTheme,
  resetThemes,
  themesFollowLanguage,
  updateEventForm,
  updateTheme,
  useEvents,
  type ThemeRow,
} from '../../store/events';
import { EventDetailsFields, EventFormError } from './EventFields';

export function CreateEventForm() {
  const id = useId();
  const form = useEvents((s) => s.form);
  const creating = useEvents((s) => s.creating);
  const error = useEvents((s) => s.createError);
  const detail = useEvents((s) => s.createDetail);
  const locale = useLocale((s) => s.locale);
  // Before the first paint: the list made when the page loaded may predate its strings.
  useLayoutEffect(themesFollowLanguage, [locale]);

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
        <EventDetailsFields form={form} onChange={updateEventForm}>
          <fieldset className="theme-editor" aria-describedby={`${id}-themes-help ${id}-themes-fixed`}>
            <legend className="field__label">{t('org.newEvent.themes')}</legend>
            <p id={`${id}-themes-help`} className="field__help theme-editor__help">
              {t('org.newEvent.themesHelp')}
            </p>
            <p id={`${id}-themes-fixed`} className="field__help theme-editor__help">
              {t('org.event.themesFixed')}
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
        </EventDetailsFields>

        <EventFormError error={error} detail={detail} />
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
