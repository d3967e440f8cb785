/**
 * The SDG target picker. Loaded lazily (dynamic import from PledgeForm) because shared/sdg.ts
 * carries the 169 targets: a panelist who never opens "More details" never downloads them.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { LIMITS } from '../../../shared/domain';
import { searchSdgTargets, sdgTarget } from '../../../shared/sdg';
import { withLtrCode } from '../../components/LtrCode';
import { t } from '../../i18n';
import { inEnglish, sdgGoalTitle } from '../../i18n/sdg-goals';

interface Props {
  chosen: string[];
  disabled: boolean;
  onAdd(code: string): void;
  onRemove(code: string): void;
}

/** The first words of a target, enough to recognise it on a phone. */
export function shortText(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/*
 * The codes keep their own direction (../../components/LtrCode.tsx): in Arabic, target 9.c would
 * otherwise read "c.9". The targets' official texts are English (marked so, ../../i18n/sdg-goals.ts);
 * each match names its goal in the page's language, and the search finds words of those titles too
 * ("pobreza", "贫穷"). What is typed in the search takes its own direction.
 */
export default function SdgPicker({ chosen, disabled, onAdd, onRemove }: Props) {
  const ids = { search: useId(), results: useId(), chosen: useId(), status: useId() };
  const [query, setQuery] = useState('');
  const search = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchSdgTargets(query, 12, sdgGoalTitle), [query]);
  const full = chosen.length >= LIMITS.sdgTargetsMax;

  return (
    <div className="sdg-picker">
      {chosen.length > 0 && (
        <ul className="sdg-picker__chips" aria-label={t('phone.form.sdgChosen')} id={ids.chosen}>
          {chosen.map((code) => (
            <li key={code} className="chip" data-testid={`sdg-chip-${code}`}>
              <span className="chip__code">{withLtrCode(code, code)}</span>
              <span className="chip__text" {...inEnglish()}>
                {shortText(sdgTarget(code)?.text ?? '', 48)}
              </span>
              <button
                type="button"
                className="chip__remove"
                onClick={() => onRemove(code)}
                disabled={disabled}
                aria-label={t('phone.form.sdgRemove', { code })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={ids.search} className="field__label field__label--small">
        {t('phone.form.sdgSearchLabel')}
      </label>
      <input
        id={ids.search}
        className="input"
        type="search"
        dir="auto"
        data-testid="sdg-search"
        value={query}
        ref={search}
        onChange={(e) => {
          // The first letter typed takes the field to the top of the screen (under the sticky
          // header), so its first matches show above a phone's keyboard, not below it.
          if (!query && e.target.value) search.current?.scrollIntoView({ block: 'start' });
          setQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          // Enter picks the first match instead of submitting the form.
          if (e.key === 'Enter') {
            e.preventDefault();
            const first = results.find((r) => !chosen.includes(r.code));
            if (first && !full) {
              onAdd(first.code);
              setQuery('');
            }
          }
        }}
        placeholder={t('phone.form.sdgSearchPlaceholder')}
        autoComplete="off"
        enterKeyHint="search"
        disabled={disabled}
        aria-describedby={ids.status}
        aria-controls={ids.results}
      />
      <p id={ids.status} className="field__hint" aria-live="polite">
        {full
          ? t('phone.form.sdgMax', { max: LIMITS.sdgTargetsMax })
          : query.trim() && results.length === 0
            ? t('phone.form.sdgNoResults', { query: query.trim() })
            : ''}
      </p>
      <ul id={ids.results} className="sdg-picker__results" aria-label={t('phone.form.sdgResults')}>
        {results.map((target) => {
          const picked = chosen.includes(target.code);
          return (
            <li key={target.code}>
              <button
                type="button"
                className="sdg-option"
                data-testid={`sdg-option-${target.code}`}
                disabled={disabled || picked || full}
                aria-pressed={picked}
                aria-label={t('phone.form.sdgAdd', { code: target.code, text: target.text })}
                onClick={() => {
                  onAdd(target.code);
                  setQuery('');
                }}
              >
                <span className="sdg-option__code">{withLtrCode(target.code, target.code)}</span>
                <span className="sdg-option__body">
                  <span className="sdg-option__goal">{sdgGoalTitle(target.goal)}</span>
                  <span className="sdg-option__text" {...inEnglish()}>
                    {shortText(target.text)}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
