import { useEffect } from 'react';
import { AVAILABLE_LOCALES, currentLocale, setLocale, useLocale } from '.';
import { localeOf, localesOf, type Locale } from './locales';

/** How long a wall shows each of its event's languages, unless `?langEvery=<seconds>` says otherwise. */
export const ROTATION_SECONDS = 20;

/** `?langEvery=<seconds>` of the address (1 to 3600), or the default. */
export function rotationSeconds(search = location.search): number {
  const asked = Number(new URLSearchParams(search).get('langEvery'));
  return Number.isInteger(asked) && asked >= 1 && asked <= 3600 ? asked : ROTATION_SECONDS;
}

/**
 * What a wall does with its event's languages (tags such as "fr", "pt-BR"): it shows those the
 * interface has, in turns when there are several; it leaves out the others.
 */
export function wallLanguages(languages: readonly string[]): { shown: Locale[]; left: string[] } {
  return { shown: localesOf(languages, AVAILABLE_LOCALES), left: languages.filter((tag) => !localeOf(tag, AVAILABLE_LOCALES)) };
}

/**
 * A projected wall speaks its event's languages (those the interface has): one of them shows
 * it in that language, several take turns every ROTATION_SECONDS. Not while the page's
 * language is pinned (`?lang=`, or a choice in the wall's picker); none of them: the page's own
 * language. The change of words is instant (no transition to turn off for reduced motion).
 */
export function useEventLanguages(languages: readonly string[] | undefined): void {
  const pinned = useLocale((s) => s.pinned);
  const key = (languages ?? []).join(',');
  useEffect(() => {
    if (pinned) return;
    const cycle = wallLanguages(key ? key.split(',') : []).shown;
    if (cycle.length === 0) return;
    let at = Math.max(0, cycle.indexOf(currentLocale()));
    const show = () => void setLocale(cycle[at]!, { remember: false, pin: false }).catch((err: unknown) => console.error('i18n:', err));
    show();
    if (cycle.length < 2) return;
    const timer = setInterval(() => {
      at = (at + 1) % cycle.length;
      show();
    }, rotationSeconds() * 1000);
    return () => clearInterval(timer);
  }, [key, pinned]);
}
