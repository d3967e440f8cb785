/**
 * Where each language's catalogue comes from. English is bundled with every page; every other
 * language is a chunk of its own, loaded by dynamic import when a page first needs it, so a phone
 * downloads its own language only. A new language is a folder beside ./en with the same area
 * files and an index exporting its catalogue, and one line here (docs/i18n.md).
 */
import { en, type Catalogue } from './en';
import { LOCALES, type Locale } from './locales';

const loaders: { readonly [L in Exclude<Locale, 'en'>]?: () => Promise<Catalogue> } = {
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  ar: () => import('./ar').then((m) => m.ar),
  zh: () => import('./zh').then((m) => m.zh),
  ru: () => import('./ru').then((m) => m.ru),
};

/** The languages the interface can show, in the order the picker lists them. */
export const AVAILABLE_LOCALES: readonly Locale[] = LOCALES.filter((l) => l === 'en' || l in loaders);

export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return Promise.resolve(en);
  const load = loaders[locale];
  return load ? load() : Promise.reject(new Error(`no catalogue for ${locale}`));
}
