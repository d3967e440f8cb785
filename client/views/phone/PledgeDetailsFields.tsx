/**
 * The fields of the pledge form's "More details" section: a chunk of its own (./PledgeDetails.tsx
 * loads it in an idle moment once the form shows), so the phone's way to a usable form stays
 * small. The SDG picker inside loads when the section opens.
 */
import { LIMITS, REGIONAL_GROUPS, STAKEHOLDER_GROUPS } from '../../../shared/domain';
import { t } from '../../i18n';
import { effectiveRegionalGroup, effectiveStakeholderGroup } from '../../store/phone-draft';
import {
  addDeliverable,
  addPartner,
  addSdgTarget,
  removeDeliverable,
  removePartner,
  removeSdgTarget,
  setDeliverable,
  setPartner,
  setRegionalGroup,
  setStakeholderGroup,
  setTimeframe,
  setVisibility,
  toggleTheme,
} from '../../store/phone-details';
import { usePhone } from '../../store/phone-state';
import { themeName } from '../../themes';
import { useThemes } from '../../store/session';
import { Choice } from './Choice';
import { lazyPart } from './lazy-part';
import { useMe } from './useMyPledge';

// The picker carries the 169 SDG targets (shared/sdg.ts): fetched only when the details open.
const picker = lazyPart(() => import('./SdgPicker'));

export interface DetailsFieldsProps {
  /** The prefix of the fields' ids (the section's summary is `<prefix>-summary`). */
  prefix: string;
  locked: boolean;
  open: boolean;
  /** Submit found no stakeholder group where one is needed: the group says so. */
  groupMissing: boolean;
}

export default function PledgeDetailsFields({ prefix, locked, open, groupMissing }: DetailsFieldsProps) {
  const draft = usePhone((s) => s.draft);
  const me = useMe();
  const themes = useThemes();
  const region = effectiveRegionalGroup(draft);
  const themesFull = draft.themes.length >= LIMITS.themesMax;
  const { Part: Picker, failed } = picker.usePart(open);
  const group = me || draft.stakeholderGroup ? effectiveStakeholderGroup(draft) : '';
  const ids = (name: string) => `${prefix}-${name}`;

  return (
    <fieldset className="pledge-details__body" disabled={locked} aria-labelledby={ids('summary')}>
      <fieldset
        className="field choice"
        data-testid="pledge-stakeholder-group"
        aria-invalid={groupMissing || undefined}
        aria-describedby={groupMissing ? ids('group-missing') : undefined}
      >
        <legend className="field__label">{t('phone.form.stakeholderGroupLabel')}</legend>
        {/* Above the choices, in view with the first one, which takes the focus. */}
        {groupMissing && (
          <p id={ids('group-missing')} className="field__hint field__hint--problem" role="alert" data-testid="group-missing">
            {t('phone.form.groupMissing')}
          </p>
        )}
        {STAKEHOLDER_GROUPS.map((g, n) => (
          <Choice key={g} id={ids(`group-${n}`)} name={ids('group')} testId={`pledge-group-${n}`} checked={group === g} onChange={() => setStakeholderGroup(g)}>
            {t(`group.${g}`)}
          </Choice>
        ))}
      </fieldset>

      <fieldset className="field choice" data-testid="pledge-regional-group">
        <legend className="field__label">{t('phone.form.regionalGroupLabel')}</legend>
        {([null, ...REGIONAL_GROUPS] as const).map((g, n) => (
          <Choice key={g ?? 'none'} id={ids(`region-${n}`)} name={ids('region')} testId={`pledge-region-${n}`} checked={region === g} onChange={() => setRegionalGroup(g)}>
            {g ? t(`region.${g}`) : t('phone.form.regionalGroup.none')}
          </Choice>
        ))}
      </fieldset>

      {themes.length > 0 && (
        <fieldset className="field choice">
          <legend className="field__label">{t('phone.form.themesLegend')}</legend>
          {themes.map((theme) => {
            const checked = draft.themes.includes(theme.id);
            return (
              <Choice
                key={theme.id}
                type="checkbox"
                id={ids(`theme-${theme.id}`)}
                testId={`pledge-theme-${theme.id}`}
                checked={checked}
                disabled={!checked && themesFull}
                onChange={(on) => toggleTheme(theme.id, on)}
              >
                {themeName(theme)}
              </Choice>
            );
          })}
          {themesFull && <p className="field__hint">{t('phone.form.themesMax', { max: LIMITS.themesMax })}</p>}
        </fieldset>
      )}

      <fieldset className="field">
        <legend className="field__label">{t('phone.form.sdgLegend')}</legend>
        {open && Picker ? (
          <Picker chosen={draft.sdgTargets} disabled={locked} onAdd={addSdgTarget} onRemove={removeSdgTarget} />
        ) : open ? (
          <>
            {draft.sdgTargets.length > 0 && (
              <ul className="sdg-picker__chips" aria-label={t('phone.form.sdgChosen')}>
                {draft.sdgTargets.map((code) => (
                  <li key={code} className="chip" data-testid={`sdg-chip-${code}`}>
                    <span className="chip__code">{code}</span>
                    <button
                      type="button"
                      className="chip__remove"
                      onClick={() => removeSdgTarget(code)}
                      aria-label={t('phone.form.sdgRemove', { code })}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <p className="field__hint" role="status">
              {failed ? t('phone.form.sdgUnavailable') : t('phone.form.sdgLoading')}
            </p>
          </>
        ) : null}
      </fieldset>

      <fieldset className="field choice">
        <legend className="field__label">{t('phone.form.timeframeLegend')}</legend>
        {(['next-igf', 'date'] as const).map((kind) => (
          <Choice
            key={kind}
            id={ids(`tf-${kind}`)}
            name={ids('timeframe')}
            testId={`pledge-timeframe-${kind}`}
            checked={draft.timeframe.kind === kind}
            onChange={() =>
              setTimeframe(kind === 'date' ? { kind: 'date', date: draft.timeframe.kind === 'date' ? draft.timeframe.date : '' } : { kind })
            }
          >
            {t(`phone.form.timeframe.${kind}`)}
          </Choice>
        ))}
        {draft.timeframe.kind === 'date' && (
          <div className="field field--nested">
            <label htmlFor={ids('tf-when')} className="field__label field__label--small">
              {t('phone.form.timeframeDateLabel')}
            </label>
            <input
              id={ids('tf-when')}
              type="date"
              className="input"
              data-testid="pledge-timeframe-when"
              value={draft.timeframe.date}
              onChange={(e) => setTimeframe({ kind: 'date', date: e.target.value })}
            />
          </div>
        )}
      </fieldset>

      <fieldset className="field choice" aria-describedby={ids('vis-help')}>
        <legend className="field__label">{t('phone.form.visibilityLegend')}</legend>
        {(['public', 'record'] as const).map((v) => (
          <Choice
            key={v}
            id={ids(`vis-${v}`)}
            name={ids('visibility')}
            testId={`pledge-visibility-${v}`}
            checked={draft.visibility === v}
            onChange={() => setVisibility(v)}
            disabled={draft.editing}
          >
            {t(`phone.form.visibility.${v}`)}
          </Choice>
        ))}
        <p id={ids('vis-help')} className="field__help">
          {draft.editing ? t('phone.form.visibilityLocked') : t(`phone.form.visibilityHelp.${draft.visibility}`)}
        </p>
      </fieldset>

      <fieldset className="field">
        <legend className="field__label">{t('phone.form.deliverablesLegend')}</legend>
        {draft.deliverables.map((d, i) => {
          const n = i + 1;
          return (
            <div className="pledge-details__row" key={i} data-testid={`deliverable-${n}`}>
              <label htmlFor={ids(`dl-text-${n}`)} className="field__label field__label--small">
                {t('phone.form.deliverableText', { n })}
              </label>
              <input
                id={ids(`dl-text-${n}`)}
                className="input"
                value={d.text}
                maxLength={LIMITS.deliverableMax}
                onChange={(e) => setDeliverable(i, { text: e.target.value })}
              />
              <label htmlFor={ids(`dl-due-${n}`)} className="field__label field__label--small">
                {t('phone.form.deliverableDue', { n })}
              </label>
              <div className="pledge-details__inline">
                <input
                  id={ids(`dl-due-${n}`)}
                  type="date"
                  className="input"
                  value={d.due}
                  onChange={(e) => setDeliverable(i, { due: e.target.value })}
                />
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => removeDeliverable(i)}
                  aria-label={t('phone.form.deliverableRemove', { n })}
                >
                  {t('phone.form.remove')}
                </button>
              </div>
            </div>
          );
        })}
        {draft.deliverables.length < LIMITS.deliverablesMax && (
          <button type="button" className="button button--secondary" onClick={addDeliverable} data-testid="deliverable-add">
            {t('phone.form.deliverableAdd')}
          </button>
        )}
      </fieldset>

      <fieldset className="field">
        <legend className="field__label">{t('phone.form.partnersLegend')}</legend>
        {draft.partners.map((p, i) => {
          const n = i + 1;
          return (
            <div className="pledge-details__row" key={i} data-testid={`partner-${n}`}>
              <label htmlFor={ids(`partner-${n}`)} className="field__label field__label--small">
                {t('phone.form.partnerLabel', { n })}
              </label>
              <div className="pledge-details__inline">
                <input
                  id={ids(`partner-${n}`)}
                  className="input"
                  value={p}
                  maxLength={LIMITS.organizationMax}
                  autoComplete="organization"
                  onChange={(e) => setPartner(i, e.target.value)}
                />
                <button
                  type="button"
                  className="button button--ghost"
                  onClick={() => removePartner(i)}
                  aria-label={t('phone.form.partnerRemove', { n })}
                >
                  {t('phone.form.remove')}
                </button>
              </div>
            </div>
          );
        })}
        {draft.partners.length < LIMITS.partnersMax && (
          <button type="button" className="button button--secondary" onClick={addPartner} data-testid="partner-add">
            {t('phone.form.partnerAdd')}
          </button>
        )}
      </fieldset>
    </fieldset>
  );
}
