import { useId } from 'react';
import { MODERATION_MODES, PLEDGERS } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { chooseSettings, shownSettings, useModerator } from '../../store/moderator';
import { useSession } from '../../store/session';
import { Confirmation } from './Confirmation';

/**
 * Who may pledge and which pledges wait for approval. A choice applies at once, before or during
 * the round, and both consoles and every phone follow it.
 */
export function RoundSettings() {
  const helpId = useId();
  const round = useSession((s) => s.round);
  const draft = useModerator((s) => s.settingsDraft);
  const saving = useModerator((s) => s.pending.settings);
  const savedAt = useModerator((s) => s.done.settings);
  const error = useModerator((s) => s.errors.settings);
  if (!round) return null;
  const shown = shownSettings(round, draft);

  return (
    <div className="round-settings" data-testid="round-settings">
      <fieldset className="round-settings__group">
        <legend className="field__label">{t('console.settings.pledgers')}</legend>
        {PLEDGERS.map((value) => (
          <label key={value} className="round-settings__option">
            <input
              type="radio"
              name={`${helpId}-pledgers`}
              value={value}
              data-testid={`pledgers-${value}`}
              checked={shown.pledgers === value}
              onChange={() => chooseSettings({ pledgers: value })}
            />
            {t(`console.settings.pledgers.${value}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="round-settings__group" aria-describedby={helpId}>
        <legend className="field__label">{t('console.settings.moderation')}</legend>
        {MODERATION_MODES.map((value) => (
          <label key={value} className="round-settings__option">
            <input
              type="radio"
              name={`${helpId}-moderation`}
              value={value}
              data-testid={`moderation-${value}`}
              checked={shown.moderation === value}
              onChange={() => chooseSettings({ moderation: value })}
            />
            {t(`console.settings.moderation.${value}`)}
          </label>
        ))}
      </fieldset>
      <p className="round-settings__help field__help" id={helpId}>
        {t('console.settings.help')}
      </p>
      <p className="round-settings__status" role="status">
        {draft || saving ? t('console.settings.saving') : savedAt ? <Confirmation key={savedAt}>{t('console.settings.saved')}</Confirmation> : ''}
      </p>
      <ErrorMessage code={error} />
    </div>
  );
}
