import { useEffect, useState } from 'react';
import { currentLocale, useLocale, type Locale } from '../i18n';

/** A live region's message: worded when it shows, in the page's language then. A new one is a new function. */
export type Wording = () => string;

/**
 * How long a message stays in a live region whatever the page's language does: long enough to be
 * heard. A change of language in that time words it again in the new language; one after it
 * takes it out.
 */
export const HEARD_MS = 1500;

/**
 * What a polite live region holds for `message` (null: nothing). For HEARD_MS after it first
 * shows, the message is worded in the page's language, whatever that becomes (one that comes in
 * the very moment a wall turns to its next language, or settles in its event's first, is said in
 * it rather than lost). After that, a change of language takes it out for good: the region never
 * holds words of another language than the page's, and nothing is said again when the page
 * turns back.
 */
export function useLiveText(message: Wording | null): string {
  const locale = useLocale((s) => s.locale);
  // The message heard last, with the language it was in then (null: a change of language took it out).
  const [heard, setHeard] = useState<{ message: Wording; locale: Locale | null } | null>(null);
  const state = message === null ? 'none' : heard?.message !== message ? 'fresh' : heard.locale === locale ? 'held' : 'gone';
  useEffect(() => {
    if (state !== 'fresh') return;
    const timer = setTimeout(() => setHeard({ message: message!, locale: currentLocale() }), HEARD_MS);
    return () => clearTimeout(timer);
  }, [state, message]);
  useEffect(() => {
    if (state === 'gone' && heard!.locale !== null) setHeard({ message: message!, locale: null });
  }, [state, message, heard]);
  return state === 'fresh' || state === 'held' ? message!() : '';
}
