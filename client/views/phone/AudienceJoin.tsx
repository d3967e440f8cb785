import { useId, useRef, useState } from 'react';
import { LIMITS, PRESENCES, type Presence } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { goTo, joinAudience } from '../../store/phone-seat';
import { usePhone } from '../../store/phone-state';
import { RetryNote } from './RetryNote';
import { Choice } from './Choice';
import { useFocusIfLost } from './useFocusIfLost';

/** Joining the audience: in the room or online, with a name and organization only if wanted. */
export function AudienceJoin() {
  const id = useId();
  const [presence, setPresence] = useState<Presence | null>(null);
  const [name, setName] = useState('');
  const [organization, setOrganization] = useState('');
  const [missing, setMissing] = useState(false);
  const joining = usePhone((s) => s.joining);
  const joinError = usePhone((s) => s.joinError);
  const joinRetries = usePhone((s) => s.joinRetries);
  const heading = useFocusIfLost<HTMLHeadingElement>(true);
  const firstOption = useRef<HTMLInputElement>(null);

  return (
    <section className="phone__panel audience-join" data-testid="audience-join-form" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('phone.audience.joinTitle')}
      </h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!presence) {
            setMissing(true);
            firstOption.current?.focus();
            return;
          }
          void joinAudience({ presence, name, organization });
        }}
      >
        <fieldset className="field choice" aria-describedby={missing && !presence ? `${id}-missing` : undefined}>
          <legend className="field__label">{t('phone.audience.presenceLegend')}</legend>
          {PRESENCES.map((option) => (
            <Choice
              key={option}
              id={`${id}-${option}`}
              name="presence"
              value={option}
              checked={presence === option}
              onChange={() => {
                setPresence(option);
                setMissing(false);
              }}
              testId={`audience-presence-${option}`}
              inputRef={option === PRESENCES[0] ? firstOption : undefined}
            >
              {t(`phone.audience.presence.${option}`)}
            </Choice>
          ))}
          {missing && !presence && (
            <p id={`${id}-missing`} className="field__hint field__hint--problem" role="alert">
              {t('phone.audience.presenceMissing')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-name`} className="field__label">
            {t('phone.audience.nameLabel')}
          </label>
          <input
            id={`${id}-name`}
            className="input"
            data-testid="audience-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={LIMITS.nameMax}
            autoComplete="name"
            aria-describedby={`${id}-anonymous`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`} className="field__label">
            {t('phone.audience.organizationLabel')}
          </label>
          <input
            id={`${id}-org`}
            className="input"
            data-testid="audience-organization"
            value={organization}
            onChange={(e) => setOrganization(e.target.value)}
            maxLength={LIMITS.organizationMax}
            autoComplete="organization"
            aria-describedby={`${id}-anonymous`}
          />
          <p id={`${id}-anonymous`} className="field__help">
            {t('phone.audience.anonymousHint')}
          </p>
        </div>
        <ErrorMessage code={joinError} />
        {joining && <RetryNote retries={joinRetries} testId="join-retrying" />}
        <div className="seat__actions">
          <button
            type="submit"
            className="button button--primary button--block button--large"
            data-testid="audience-join"
            disabled={joining}
            aria-busy={joining || undefined}
          >
            {joining ? t('phone.audience.joining') : t('phone.audience.join')}
          </button>
          <button type="button" className="button button--ghost button--block" onClick={() => goTo({ kind: 'choose' })}>
            {t('phone.join.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
