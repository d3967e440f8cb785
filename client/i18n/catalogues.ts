/**
 * Where the interface's strings come from, in parts: `core`, what every page says and the whole
 * phone but its "More details" fields and its saved pledge (en/core.ts); `phone-details`, those
 * fields' strings, loaded with them (views/phone/PledgeDetails.tsx); `phone-saved`, the saved
 * pledge's screen (the confirmation, the moderators' answer, the follow-up link), loaded once the
 * form shows (views/phone/saved-words.ts); and one part per area of the other pages, loaded with
 * those pages (client/main.tsx), so a phone downloads only the strings it shows. English `core` is
 * part of the main bundle, and each other English part a chunk of its own. Another language is
 * four chunks: its `core`, loaded before the page first renders; its `phone-details`; its
 * `phone-saved`; and its whole catalogue, loaded with the first other page that needs more (one
 * request, where English takes one per part). A new language is a folder beside ./en with the same area files, a core.ts
 * and an index exporting its catalogue, and one line here (docs/i18n.md).
 */
import type { Catalogue, MessageKey, Translation } from './en';
import type { enConsole } from './en/console';
import { enCore } from './en/core';
import type { enForum } from './en/forum';
import type { enImport } from './en/import';
import type { enOrganizer } from './en/organizer';
import type { enPhoneDetails } from './en/phone-details';
import type { enPhoneSaved } from './en/phone-saved';
import type { enRecord } from './en/record';
import type { enStageConsole } from './en/stage-console';
import type { enStageWall } from './en/stage-wall';
import type { enWall } from './en/wall';
import type { enWallLinks } from './en/wall-links';
import { LOCALES, type Locale } from './locales';
import type { Strings } from './messages';

/** The English strings of each part. */
interface PartStrings {
  core: typeof enCore;
  'phone-details': typeof enPhoneDetails;
  'phone-saved': typeof enPhoneSaved;
  console: typeof enConsole;
  'stage-console': typeof enStageConsole;
  wall: typeof enWall;
  'stage-wall': typeof enStageWall;
  forum: typeof enForum;
  'wall-links': typeof enWallLinks;
  organizer: typeof enOrganizer;
  import: typeof enImport;
  record: typeof enRecord;
}

/** A part of the strings: `core`, the phone's details fields or saved pledge, or an area of other pages (the pages name theirs in client/main.tsx). */
export type Part = keyof PartStrings;

// Fails to compile when a message is in no part (a new area file needs its part here).
type Unloaded = Exclude<MessageKey, { [P in Part]: keyof PartStrings[P] }[Part]>;
const everyMessageInAPart: [Unloaded] extends [never] ? true : Unloaded = true;
void everyMessageInAPart;

const english: { readonly [P in Part]: () => Promise<PartStrings[P]> } = {
  core: () => Promise.resolve(enCore),
  'phone-details': () => import('./en/phone-details').then((m) => m.enPhoneDetails),
  'phone-saved': () => import('./en/phone-saved').then((m) => m.enPhoneSaved),
  console: () => import('./en/console').then((m) => m.enConsole),
  'stage-console': () => import('./en/stage-console').then((m) => m.enStageConsole),
  wall: () => import('./en/wall').then((m) => m.enWall),
  'stage-wall': () => import('./en/stage-wall').then((m) => m.enStageWall),
  forum: () => import('./en/forum').then((m) => m.enForum),
  'wall-links': () => import('./en/wall-links').then((m) => m.enWallLinks),
  organizer: () => import('./en/organizer').then((m) => m.enOrganizer),
  import: () => import('./en/import').then((m) => m.enImport),
  record: () => import('./en/record').then((m) => m.enRecord),
};

/** Another language: its `core`, its phone details and saved pledge, and its whole catalogue (each `satisfies` the English it translates). */
interface Translated {
  core: () => Promise<Translation<typeof enCore>>;
  details: () => Promise<Translation<typeof enPhoneDetails>>;
  saved: () => Promise<Translation<typeof enPhoneSaved>>;
  catalogue: () => Promise<Catalogue>;
}

const translations: { readonly [L in Exclude<Locale, 'en'>]?: Translated } = {
  fr: {
    core: () => import('./fr/core').then((m) => m.frCore),
    details: () => import('./fr/phone-details').then((m) => m.frPhoneDetails),
    saved: () => import('./fr/phone-saved').then((m) => m.frPhoneSaved),
    catalogue: () => import('./fr').then((m) => m.fr),
  },
  es: {
    core: () => import('./es/core').then((m) => m.esCore),
    details: () => import('./es/phone-details').then((m) => m.esPhoneDetails),
    saved: () => import('./es/phone-saved').then((m) => m.esPhoneSaved),
    catalogue: () => import('./es').then((m) => m.es),
  },
  ar: {
    core: () => import('./ar/core').then((m) => m.arCore),
    details: () => import('./ar/phone-details').then((m) => m.arPhoneDetails),
    saved: () => import('./ar/phone-saved').then((m) => m.arPhoneSaved),
    catalogue: () => import('./ar').then((m) => m.ar),
  },
  zh: {
    core: () => import('./zh/core').then((m) => m.zhCore),
    details: () => import('./zh/phone-details').then((m) => m.zhPhoneDetails),
    saved: () => import('./zh/phone-saved').then((m) => m.zhPhoneSaved),
    catalogue: () => import('./zh').then((m) => m.zh),
  },
  ru: {
    core: () => import('./ru/core').then((m) => m.ruCore),
    details: () => import('./ru/phone-details').then((m) => m.ruPhoneDetails),
    saved: () => import('./ru/phone-saved').then((m) => m.ruPhoneSaved),
    catalogue: () => import('./ru').then((m) => m.ru),
  },
};

/** The languages the interface can show, in the order the picker lists them. */
export const AVAILABLE_LOCALES: readonly Locale[] = LOCALES.filter((l) => l === 'en' || l in translations);

/** The strings of one part in one language (for a language other than English, they may hold more). */
export function loadStrings(locale: Locale, part: Part): Promise<Strings> {
  if (locale === 'en') return english[part]();
  const translated = translations[locale];
  if (!translated) return Promise.reject(new Error(`no strings for ${locale}`));
  if (part === 'core') return translated.core();
  if (part === 'phone-details') return translated.details();
  return part === 'phone-saved' ? translated.saved() : translated.catalogue();
}
