import { useId, useState, type ReactNode } from 'react';
import { LIMITS, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../../shared/domain';
import type { EventInfo } from '../../../shared/schemas';
import { saveFile } from '../../download';
import { CopyField } from '../../components/CopyField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t, type MessageKey } from '../../i18n';
import { csvBlob, moderatorLinksCsv, REQUIRED_COLUMNS, SCHEDULE_COLUMNS, scheduleTemplate, type ScheduleColumn } from '../../store/event-csv';
import { checkFile, dismissImported, importFile, pickFile, useImport } from '../../store/event-import';
import { FocusedHeading } from './CreatedLinks';
import { PolicyQuestionList } from '../../components/PolicyQuestionList';

const COLUMN_HELP: Record<ScheduleColumn, MessageKey> = {
  code: 'org.import.col.code',
  title: 'org.import.col.title',
  start: 'org.import.col.start',
  end: 'org.import.col.end',
  room: 'org.import.col.room',
  format: 'org.import.col.format',
  moderator: 'org.import.col.moderator',
  online_moderator: 'org.import.col.online_moderator',
  rapporteur: 'org.import.col.rapporteur',
  policy_questions: 'org.import.col.policy_questions',
  speaker_name: 'org.import.col.speaker_name',
  speaker_organization: 'org.import.col.speaker_organization',
  speaker_stakeholder_group: 'org.import.col.speaker_stakeholder_group',
  speaker_regional_group: 'org.import.col.speaker_regional_group',
};

const MAX_MB = LIMITS.importBytesMax / (1024 * 1024);

/**
 * A problem's message with each value from the file (a cell, the accepted values) in its own
 * direction: on an Arabic page the date 2026-12-10 would otherwise read 10-12-2026. `problem`
 * chooses the wording (a select) and is no value.
 */
function withValuesIsolated(key: MessageKey, params: Record<string, string | number>): ReactNode {
  const values: string[] = [];
  const mark = (k: string, v: string | number) => (typeof v === 'string' && k !== 'problem' ? `\uE000${values.push(v) - 1}\uE001` : v);
  const marked = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, mark(k, v)]));
  return t(key, marked)
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? <bdi key={i}>{values[Number(part)]}</bdi> : part));
}

const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/** The schedule import on an event's page: format, template, file, check, import. */
export function ImportSchedule({ event, onImported }: { event: EventInfo; onImported: () => void }) {
  const id = useId();
  const file = useImport((s) => s.file);
  const fileError = useImport((s) => s.fileError);
  const busy = useImport((s) => s.busy);
  const plan = useImport((s) => s.plan);
  const problems = useImport((s) => s.problems);
  const error = useImport((s) => s.error);
  const errorDetail = useImport((s) => s.errorDetail);
  // A new key empties the file input after an import, so the same file is not imported twice by accident.
  const [inputKey, setInputKey] = useState(0);
  const speakers = plan?.reduce((n, s) => n + s.speakers, 0) ?? 0;

  return (
    <section className="card import" aria-labelledby={`${id}-title`} data-testid="import-schedule">
      <h2 id={`${id}-title`}>{t('org.import.title')}</h2>
      <p className="card__intro">{t('org.import.intro')}</p>
      <details className="import__format">
        <summary>{t('org.import.formatSummary')}</summary>
        <p className="field__help">{t('org.import.formatRules')}</p>
        <div className="table-scroll">
          <table className="data-table data-table--compact">
            <caption className="visually-hidden">{t('org.import.formatSummary')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.import.column')}</th>
                <th scope="col">{t('org.import.required')}</th>
                <th scope="col">{t('org.import.holds')}</th>
              </tr>
            </thead>
            <tbody>
              {SCHEDULE_COLUMNS.map((c) => (
                <tr key={c}>
                  <th scope="row">
                    <code>{c}</code>
                  </th>
                  <td>{REQUIRED_COLUMNS.includes(c) ? t('org.import.yes') : t('org.import.no')}</td>
                  <td>
                    {t(COLUMN_HELP[c], {
                      groups: STAKEHOLDER_GROUPS.join(', '),
                      regions: REGIONAL_GROUPS.join(', '),
                      max: LIMITS.policyQuestionsMax,
                      chars: LIMITS.policyQuestionMax,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="field__help">{t('org.import.aliases')}</p>
      </details>

      <div className="import__template">
        <button
          type="button"
          className="button button--small button--secondary"
          data-testid="import-template"
          onClick={() => saveFile(csvBlob(scheduleTemplate(event.startDate)), 'schedule-template.csv')}
        >
          {t('org.import.template')}
        </button>
        <span className="field__help">{t('org.import.templateHelp')}</span>
      </div>

      <form
        className="import__form"
        onSubmit={(e) => {
          e.preventDefault();
          void checkFile(event.id);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`} className="field__label">
            {t('org.import.file')}
          </label>
          <input
            key={inputKey}
            id={`${id}-file`}
            className="input input--file"
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            aria-describedby={`${id}-file-help`}
            disabled={busy !== null}
            onChange={(e) => void pickFile(e.target.files?.[0] ?? null)}
          />
          <p id={`${id}-file-help`} className="field__help">
            {file ? t('org.import.fileChosen', { name: file.name, size: kilobytes(file.size) }) : t('org.import.fileHelp', { mb: MAX_MB })}
          </p>
          {fileError && (
            <p className="error-message" role="alert">
              {fileError === 'tooLarge' ? t('org.import.tooLarge', { mb: MAX_MB }) : t('org.import.unreadable')}
            </p>
          )}
        </div>
        {/* Busy, the button stays focusable (aria-disabled), so keyboard focus is not lost mid-check. */}
        <button type="submit" className="button button--secondary" data-testid="import-check" disabled={!file} aria-disabled={busy !== null || undefined}>
          {busy === 'checking' ? t('org.import.checking') : t('org.import.check')}
        </button>
      </form>

      <div className="import__result" aria-live="polite">
        {busy === 'importing' && (
          <p className="console__quiet">
            <span className="spinner" aria-hidden="true" /> {t('org.import.importing')}
          </p>
        )}
        {problems && (
          <div className="import__problems" data-testid="import-problems">
            <p className="error-message">{t('org.import.problems', { count: problems.length })}</p>
            <div className="table-scroll">
              <table className="data-table data-table--compact">
                <caption className="visually-hidden">{t('org.import.problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="data-table__num">
                      {t('org.import.line')}
                    </th>
                    <th scope="col">{t('org.import.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p, i) => (
                    <tr key={`${p.line}-${i}`} data-testid="import-problem">
                      <td className="data-table__num" data-testid="import-problem-line">
                        {p.line}
                      </td>
                      <td data-code={p.code}>{withValuesIsolated(`org.import.issue.${p.code}`, p.params)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="field__help">{t('org.import.fixAndRetry')}</p>
          </div>
        )}
        <ErrorMessage code={error} />
        {errorDetail && <p className="field__help">{t('org.errorDetail', { detail: errorDetail })}</p>}
        {plan && (
          <div className="import__plan" data-testid="import-plan">
            <p className="notice">
              {t('org.import.ready', {
                sessions: t('org.import.sessionCount', { count: plan.length }),
                speakers: t('org.import.speakerCount', { count: speakers }),
              })}
            </p>
            <div className="table-scroll">
              <table className="data-table data-table--compact">
                <caption className="visually-hidden">{t('org.import.planCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('org.table.code')}</th>
                    <th scope="col">{t('org.table.title')}</th>
                    <th scope="col">{t('org.import.policyQuestions')}</th>
                    <th scope="col" className="data-table__num">
                      {t('org.import.speakers')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {plan.map((s) => (
                    <tr key={s.code}>
                      <td>
                        <span className="code-tag">{s.code}</span>
                      </td>
                      <td>{s.title}</td>
                      <td className="import__questions">
                        <PolicyQuestionList questions={s.policyQuestions} />
                      </td>
                      <td className="data-table__num">{s.speakers}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <button
              type="button"
              className="button button--primary"
              data-testid="import-confirm"
              aria-disabled={busy !== null || undefined}
              onClick={async () => {
                if (await importFile(event.id)) {
                  setInputKey((k) => k + 1);
                  onImported();
                }
              }}
            >
              {t('org.import.confirm', { count: plan.length })}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

/** Right after an import: each new session's two moderator links (also under each session's “Links” later). */
export function ImportedLinks() {
  const imported = useImport((s) => s.imported);
  if (!imported) return null;
  return (
    <section className="card created" data-testid="imported-links" aria-labelledby="imported-title">
      <FocusedHeading id="imported-title">{t('org.import.done', { count: imported.length })}</FocusedHeading>
      <p className="created__warning" role="note">
        {t('org.import.linksOnce')}
      </p>
      <ul className="imported-list">
        {imported.map((s) => (
          <li key={s.created.sessionId} className="imported-list__item" data-testid={`imported-${s.created.sessionId}`}>
            <p className="imported-list__head">
              {s.code && <span className="code-tag">{s.code}</span>}
              <span className="imported-list__title">{s.title}</span>
              <span className="console__quiet">{t('org.import.speakerCount', { count: s.speakers })}</span>
            </p>
            <CopyField
              label={t('org.import.moderatorLinkOf', { name: s.code || s.title })}
              value={s.created.links.moderator}
              testId="imported-moderator-link"
              important
            />
            <CopyField
              label={t('org.import.onlineModeratorLinkOf', { name: s.code || s.title })}
              value={s.created.links.onlineModerator}
              testId="imported-online-moderator-link"
            />
          </li>
        ))}
      </ul>
      <div className="created__actions">
        <button
          type="button"
          className="button button--secondary"
          data-testid="download-moderator-links"
          onClick={() => saveFile(csvBlob(moderatorLinksCsv(imported)), 'moderator-links.csv')}
        >
          {t('org.import.downloadLinks')}
        </button>
        <button type="button" className="button button--ghost" onClick={dismissImported}>
          {t('common.dismiss')}
        </button>
      </div>
    </section>
  );
}
