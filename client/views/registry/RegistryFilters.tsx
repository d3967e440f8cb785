import { useId, type ReactNode } from 'react';
import { LIGHTS, PROGRESS_STATUSES, REGIONAL_GROUPS, STAKEHOLDER_GROUPS, type Theme } from '../../../shared/domain';
import { SDG_GOALS } from '../../../shared/sdg';
import { t, type MessageKey } from '../../i18n';
import { sdgGoalTitle } from '../../i18n/sdg-goals';
import { themeName } from '../../themes';
import { activeFilterCount, clearFilters, setFilter, useRegistry, type QueryKey } from '../../store/registry';

function Select({
  name,
  label,
  value,
  options,
}: {
  name: Exclude<QueryKey, 'q'>;
  label: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  const id = useId();
  return (
    <div className="filters__field">
      <label htmlFor={id} className="field__label field__label--small">
        {label}
      </label>
      <select
        id={id}
        className={`input select filters__select${value ? ' is-active' : ''}`}
        value={value}
        data-testid={`filter-${name}`}
        onChange={(e) => {
          const v = e.target.value;
          if (name === 'goal') setFilter('goal', v ? Number(v) : undefined);
          else setFilter(name, v as never);
        }}
      >
        <option value="">{t('record.filters.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RegistryFilters({ themes, children }: { themes: readonly Theme[]; children?: ReactNode }) {
  const searchId = useId();
  const helpId = useId();
  const query = useRegistry((s) => s.query);
  const active = activeFilterCount(query);
  return (
    <form className="filters" role="search" aria-label={t('record.filters.title')} onSubmit={(e) => e.preventDefault()}>
      <div className="filters__search">
        <label htmlFor={searchId} className="field__label">
          {t('record.filters.search')}
        </label>
        <input
          id={searchId}
          className="input filters__input"
          type="search"
          value={query.q ?? ''}
          maxLength={200}
          placeholder={t('record.filters.searchPlaceholder')}
          aria-describedby={helpId}
          data-testid="registry-search"
          onChange={(e) => setFilter('q', e.target.value)}
        />
        <p id={helpId} className="field__help">
          {t('record.filters.searchHelp')}
        </p>
      </div>
      <div className="filters__grid">
        <Select name="theme" label={t('record.filters.theme')} value={query.theme ?? ''} options={themes.map((th) => ({ value: th.id, label: themeName(th) }))} />
        <Select
          name="stakeholder"
          label={t('record.filters.stakeholder')}
          value={query.stakeholder ?? ''}
          options={STAKEHOLDER_GROUPS.map((g) => ({ value: g, label: t(`group.${g}`) }))}
        />
        <Select
          name="region"
          label={t('record.filters.region')}
          value={query.region ?? ''}
          options={REGIONAL_GROUPS.map((r) => ({ value: r, label: t(`region.${r}`) }))}
        />
        <Select
          name="goal"
          label={t('record.filters.goal')}
          value={query.goal ? String(query.goal) : ''}
          options={SDG_GOALS.map((g) => ({ value: String(g.goal), label: t('record.sdgGoalTitle', { goal: g.goal, title: sdgGoalTitle(g.goal) }) }))}
        />
        <Select
          name="status"
          label={t('record.filters.status')}
          value={query.status ?? ''}
          options={PROGRESS_STATUSES.map((s) => ({ value: s, label: t(`record.status.${s}` as MessageKey) }))}
        />
        <Select
          name="light"
          label={t('record.filters.light')}
          value={query.light ?? ''}
          options={LIGHTS.map((l) => ({ value: l, label: t(`record.light.${l}` as MessageKey) }))}
        />
      </div>
      <div className="filters__foot">
        <button type="button" className="button button--ghost button--small" onClick={clearFilters} disabled={active === 0} data-testid="clear-filters">
          {t('record.filters.clear')}
          {active > 0 && <span className="filters__count">{active}</span>}
        </button>
        {children}
      </div>
    </form>
  );
}
