import { useId } from 'react';
import { LIMITS, PROGRESS_STATUSES } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { localToday, utcIsoDate } from '../../dates';
import { t } from '../../i18n';
import { formatDate } from '../../format';
import { markDelivered, noteTooLong, submitReport, updateReportForm, useFollowUp } from '../../store/follow-up';

/** Status, note and date of a new progress report. */
export function ReportProgressForm() {
  const ids = { title: useId(), note: useId(), noteHelp: useId(), date: useId(), dateHelp: useId(), status: useId(), deliveredHelp: useId() };
  const form = useFollowUp((s) => s.form);
  const sending = useFollowUp((s) => s.sending);
  const sendError = useFollowUp((s) => s.sendError);
  const savedAt = useFollowUp((s) => s.savedAt);
  const light = useFollowUp((s) => s.view?.light);
  const createdAt = useFollowUp((s) => s.view?.pledge.createdAt ?? 0);
  const isPublic = useFollowUp((s) => s.view?.publicUrl != null);
  const deliverables = useFollowUp((s) => s.view?.pledge.deliverables ?? []);
  const today = localToday();
  const count = form.note.trim().length;
  const over = noteTooLong(form.note);

  return (
    <section className="follow-up__block report-form" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('record.form.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submitReport();
        }}
      >
        <fieldset className="report-form__statuses">
          <legend className="field__label">{t('record.form.status')}</legend>
          <div className="segmented">
            {PROGRESS_STATUSES.map((s) => (
              <label key={s} className={`segmented__option segmented__option--${s}`}>
                <input
                  type="radio"
                  name={ids.status}
                  value={s}
                  checked={form.status === s}
                  onChange={() => updateReportForm({ status: s })}
                  data-testid={`report-status-${s}`}
                />
                <span>{t(`record.status.${s}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>

        {deliverables.length > 0 && (
          <fieldset className="field report-form__delivered" aria-describedby={ids.deliveredHelp}>
            <legend className="field__label">{t('record.form.delivered')}</legend>
            <p id={ids.deliveredHelp} className="field__help">
              {t('record.form.deliveredHelp')}
            </p>
            {deliverables.map((d, i) => (
              <label key={i} className="report-form__deliverable">
                <input type="checkbox" checked={form.delivered.includes(i)} onChange={(e) => markDelivered(i, e.target.checked)} data-testid={`report-delivered-${i}`} />
                <span dir="auto">{d.text}</span>
                <span className="report-form__due">{t('record.due', { date: formatDate(d.due) })}</span>
              </label>
            ))}
          </fieldset>
        )}

        <div className="field">
          <label htmlFor={ids.note} className="field__label">
            {t('record.form.note')}
          </label>
          <textarea
            id={ids.note}
            className="input textarea"
            rows={4}
            value={form.note}
            maxLength={LIMITS.progressNoteMax}
            aria-describedby={ids.noteHelp}
            aria-invalid={over || undefined}
            placeholder={t('record.form.notePlaceholder')}
            data-testid="report-note"
            onChange={(e) => updateReportForm({ note: e.target.value })}
          />
          <p id={ids.noteHelp} className={`field__help report-form__counter${over ? ' is-over' : ''}`}>
            <span>{isPublic ? t('record.form.noteHelp') : t('record.form.noteHelpRecord')}</span>
            <span className="report-form__count" aria-live={count > LIMITS.progressNoteMax - 100 ? 'polite' : 'off'}>
              {t('record.form.counter', { count, max: LIMITS.progressNoteMax })}
            </span>
          </p>
        </div>

        <div className="field report-form__date">
          <label htmlFor={ids.date} className="field__label">
            {t('record.form.date')}
          </label>
          <input
            id={ids.date}
            className="input"
            type="date"
            required
            value={form.date}
            max={today}
            min={createdAt ? utcIsoDate(createdAt) : undefined}
            aria-describedby={ids.dateHelp}
            data-testid="report-date"
            onChange={(e) => updateReportForm({ date: e.target.value })}
          />
          <p id={ids.dateHelp} className="field__help">
            {t('record.form.dateHelp')}
          </p>
        </div>

        {sendError === 'noteTooLong' || sendError === 'chooseStatus' ? (
          <p className="error-message" role="alert" data-testid="report-form-error">
            {sendError === 'chooseStatus' ? t('record.form.chooseStatus') : t('record.form.noteTooLong', { max: LIMITS.progressNoteMax })}
          </p>
        ) : (
          <ErrorMessage code={sendError} />
        )}

        <button type="submit" className="button button--primary button--large report-form__submit" disabled={sending || over} data-testid="report-submit">
          {sending ? t('record.form.saving') : t('record.form.submit')}
        </button>
        <p className="report-form__saved" role="status" aria-live="polite" data-testid="report-saved">
          {savedAt && light ? t('record.form.saved', { light: t(`record.light.${light}`) }) : ''}
        </p>
      </form>
    </section>
  );
}
