import { useId, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { signIn, useOrganizer } from '../../store/organizer';

export function TokenForm() {
  const id = useId();
  const helpId = useId();
  const [value, setValue] = useState('');
  const error = useOrganizer((s) => s.listError);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('org.token.title')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          signIn(value);
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
