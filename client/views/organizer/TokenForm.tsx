import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { signIn, useOrganizer } from '../../store/organizer';

/**
 * The admin token's form: why it is asked for (it is kept per tab, so a new tab asks again) and
 * what to paste. On the organizer pages it signs this tab in; the report passes `onToken` to try
 * the token itself.
 */
export function TokenForm({ onToken }: { onToken?: (token: string) => void }) {
  const id = useId();
  const helpId = useId();
  const [value, setValue] = useState('');
  const listError = useOrganizer((s) => s.listError);
  const error = onToken ? null : listError;
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="token-form">
      <h2 id={`${id}-title`}>{t('org.token.title')}</h2>
      <p className="token-form__why">{t('org.token.why')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (onToken) onToken(value.trim());
          else signIn(value);
        }}
      >
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('org.token.label')}
          </label>
          <input
            id={id}
            className="input"
            type="password"
            data-testid="admin-token"
            autoComplete="off"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={helpId}
          />
          <p id={helpId} className="field__help">
            {t('org.token.help')}
          </p>
        </div>
        {error === 'wrongToken' ? (
          <p className="error-message" role="alert">
            {t('org.wrongToken')}
          </p>
        ) : (
          <ErrorMessage code={error} />
        )}
        <button type="submit" className="button button--primary" disabled={!value.trim()}>
          {t('org.token.submit')}
        </button>
      </form>
    </section>
  );
}
