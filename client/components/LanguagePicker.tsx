import { useEffect, useId, useState } from 'react';
import { AVAILABLE_LOCALES, setLocale, t, useLocale, type Locale } from '../i18n';
import { isRtl, LANGUAGE_NAMES, LOCALE_QUERY } from '../i18n/locales';
import '../styles/language.css';

/**
 * The interface language, chosen on this device: a native select listing each language by its
 * own name. The choice applies to the open page at once (nothing typed is lost) and is
 * remembered; an address with `?lang=` gets the new choice too, so a reload keeps it.
 * `tone`: `dark` in the dark top bars, `light` on light pages. `landmark`: the picker stands on
 * its own, outside the page's header and main, so it is a landmark of its own (an `aside`
 * named "Language"), and screen readers find everything on the page inside one.
 */
export function LanguagePicker({ tone = 'dark', className, landmark = false }: { tone?: 'dark' | 'light'; className?: string; landmark?: boolean }) {
  const locale = useLocale((s) => s.locale);
  const id = useId();
  if (AVAILABLE_LOCALES.length < 2) return null;
  const Box = landmark ? 'aside' : 'div';
  return (
    <Box className={`lang-picker lang-picker--${tone}${className ? ` ${className}` : ''}`} aria-label={landmark ? t('lang.label') : undefined}>
      <label htmlFor={id} className="lang-picker__label">
        <svg className="lang-picker__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
        </svg>
        <span className="lang-picker__text">{t('lang.label')}</span>
      </label>
      <select id={id} className="lang-picker__select" value={locale} onChange={(e) => choose(e.target.value as Locale)} data-testid="language-picker">
        {AVAILABLE_LOCALES.map((l) => (
          <option key={l} value={l} lang={l} dir={isRtl(l) ? 'rtl' : 'ltr'}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </Box>
  );
}

function choose(locale: Locale): void {
  const url = new URL(location.href);
  if (url.searchParams.has(LOCALE_QUERY)) {
    url.searchParams.set(LOCALE_QUERY, locale);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  void setLocale(locale, { remember: true, pin: true }).catch((err: unknown) => console.error(`i18n: ${locale} could not be loaded`, err));
}

/**
 * The picker on a projected screen (wall, forum wall): in a corner, shown only while the mouse
 * moves or the picker has keyboard focus, so it never sits on the picture.
 */
export function CornerLanguagePicker() {
  const [active, setActive] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setActive(true);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(false), 2500);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, []);
  return <LanguagePicker className={`lang-picker--corner${active ? ' is-active' : ''}`} landmark />;
}
