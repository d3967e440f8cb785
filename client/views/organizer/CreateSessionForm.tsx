import { useId } from 'react';
import { DEFAULT_PROMPT, LIMITS, STAKEHOLDER_GROUPS, type StakeholderGroup } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import {
  addRow,
  createSession,
  removeRow,
  updateForm,
  updateRow,
  useOrganizer,
  type PanelistRow,
} from '../../store/organizer';

export function CreateSessionForm() {
  const id = useId();
  const form = useOrganizer((s) => s.form);
  const creating = useOrganizer((s) => s.creating);
  const error = useOrganizer((s) => s.createError);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('org.create.title')}</h2>
      <form
        className="create-form"
        onSubmit={(e) => {
          e.preventDefault();
          void createSession();
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
        <div className="field">
          <label htmlFor={`${id}-prompt`} className="field__label">
            {t('org.create.prompt')}
          </label>
          <textarea
            id={`${id}-prompt`}
            className="input textarea"
            rows={2}
            maxLength={LIMITS.promptMax}
            placeholder={DEFAULT_PROMPT}
            value={form.prompt}
            onChange={(e) => updateForm({ prompt: e.target.value })}
          />
        </div>

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

        {error === 'needPanelist' ? (
          <p className="error-message" role="alert">
            {t('org.create.needPanelist')}
          </p>
        ) : (
          <ErrorMessage code={error} />
        )}
        <button type="submit" className="button button--primary" data-testid="create-session" disabled={creating}>
          {creating ? t('org.create.creating') : t('org.create.submit')}
        </button>
      </form>
    </section>
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
          {STAKEHOLDER_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`group.${g}`)}
            </option>
          ))}
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
