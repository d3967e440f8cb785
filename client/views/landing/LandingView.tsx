import { useEffect, useId } from 'react';
import { routes } from '../../../shared/http';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguagePicker } from '../../components/LanguagePicker';
import { t, useLocale } from '../../i18n';
import { navigate } from '../../navigate';
import { setCode, submitCode, useLanding } from '../../store/landing';
import '../../styles/landing.css';

export default function LandingView() {
  const inputId = useId();
  const helpId = useId();
  const code = useLanding((s) => s.code);
  const checking = useLanding((s) => s.checking);
  const error = useLanding((s) => s.error);

  const locale = useLocale((s) => s.locale);
  useEffect(() => {
    document.title = t('app.name');
  }, [locale]);

  return (
    <div className="landing">
      <header className="landing__header">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <LanguagePicker tone="light" />
      </header>
      <main className="landing__main">
        <section className="landing__hero" aria-labelledby="landing-title">
          <h1 id="landing-title">{t('landing.tagline')}</h1>
          <p className="landing__intro">{t('landing.intro')}</p>
        </section>

        <section className="card landing__join" aria-labelledby="join-title">
          <h2 id="join-title">{t('landing.join.title')}</h2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void submitCode();
            }}
          >
            <label htmlFor={inputId} className="field__label">
              {t('landing.join.label')}
            </label>
            <input
              id={inputId}
              className="input input--code"
              data-testid="join-code-input"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              autoCorrect="off"
              spellCheck={false}
              inputMode="text"
              maxLength={12}
              placeholder={t('landing.join.placeholder')}
              aria-describedby={helpId}
              aria-invalid={error ? true : undefined}
            />
            <p id={helpId} className="field__help">
              {t('landing.join.help')}
            </p>
            {error === 'invalid' ? (
              <p className="error-message" role="alert">
                {t('landing.join.invalid')}
              </p>
            ) : (
              <ErrorMessage code={error} />
            )}
            <button type="submit" className="button button--primary button--block" disabled={checking}>
              {checking ? t('landing.join.checking') : t('landing.join.submit')}
            </button>
          </form>
        </section>

        <section className="landing__steps" aria-labelledby="steps-title">
          <h2 id="steps-title">{t('landing.steps.title')}</h2>
          <ol>
            <li>{t('landing.steps.one')}</li>
            <li>{t('landing.steps.two')}</li>
            <li>{t('landing.steps.three')}</li>
          </ol>
        </section>
      </main>
      <footer className="landing__footer">
        <a
          href={routes.organizer()}
          onClick={(e) => {
            e.preventDefault();
            navigate(routes.organizer());
          }}
        >
          {t('landing.organizer')}
        </a>
      </footer>
    </div>
  );
}
