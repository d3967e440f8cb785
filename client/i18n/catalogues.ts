/**
 * Where the interface's strings come from, in parts: `core`, what every page says and the whole
 * phone but its "More details" fields and its saved pledge (en/core.ts); `phone-details`, those
 * fields' strings, loaded with them (views/phone/PledgeDetails.tsx); `phone-saved`, the saved
 * pledge's screen (the confirmation, the moderators' answer, the follow-up link), loaded once the
 * form shows (views/phone/saved-words.ts); `landing`, the start page's; and one part per area of
 * the other pages, loaded with those pages (client/main.tsx), so a phone downloads only the
 * strings it shows. English `core` is part of the main bundle, and each other English part a
 * chunk of its own. Another language is its `core`, loaded before the page first renders; its
 * own parts (`phone-details`, `phone-saved`, `landing`), a chunk each; and its whole catalogue,
 * loaded with the first other page that needs more (one request, where English takes one per
 * part). A new language is a folder beside ./en with the same area files, a core.ts
 * and an index exporting its catalogue, and one line here (docs/i18n.md).
 */
import type { Catalogue, MessageKey, Translation } from './en';
import type { enConsole } from './en/console';
import { enCore } from './en/core';
import type { enForum } from './en/forum';
import type { enImport } from './en/import';
import type { enLanding } from './en/landing';
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
  landing: typeof enLanding;
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
  landing: () => import('./en/landing').then((m) => m.enLanding),
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

/** The parts another language has in chunks of their own; its other parts come with its whole catalogue. */
type OwnPart = 'phone-details' | 'phone-saved' | 'landing';
const OWN_PARTS: readonly Part[] = ['phone-details', 'phone-saved', 'landing'] satisfies OwnPart[];
const isOwn = (part: Part): part is OwnPart => OWN_PARTS.includes(part);

/** Another language: its `core`, its own parts, and its whole catalogue (each `satisfies` the English it translates). */
interface Translated {
  core: () => Promise<Translation<typeof enCore>>;
  own: { readonly [P in OwnPart]: () => Promise<Translation<PartStrings[P]>> };
  catalogue: () => Promise<Catalogue>;
}

const translations: { readonly [L in Exclude<Locale, 'en'>]?: Translated } = {
  fr: {
    core: () => import('./fr/core').then((m) => m.frCore),
    own: {
      'phone-details': () => import('./fr/phone-details').then((m) => m.frPhoneDetails),
      'phone-saved': () => import('./fr/phone-saved').then((m) => m.frPhoneSaved),
      landing: () => import('./fr/landing').then((m) => m.frLanding),
    },
    catalogue: () => import('./fr').then((m) => m.fr),
  },
  es: {
    core: () => import('./es/core').then((m) => m.esCore),
    own: {
      'phone-details': () => import('./es/phone-details').then((m) => m.esPhoneDetails),
      'phone-saved': () => import('./es/phone-saved').then((m) => m.esPhoneSaved),
      landing: () => import('./es/landing').then((m) => m.esLanding),
    },
    catalogue: () => import('./es').then((m) => m.es),
  },
  ar: {
    core: () => import('./ar/core').then((m) => m.arCore),
    own: {
      'phone-details': () => import('./ar/phone-details').then((m) => m.arPhoneDetails),
      'phone-saved': () => import('./ar/phone-saved').then((m) => m.arPhoneSaved),
      landing: () => import('./ar/landing').then((m) => m.arLanding),
    },
    catalogue: () => import('./ar').then((m) => m.ar),
  },
  zh: {
    core: () => import('./zh/core').then((m) => m.zhCore),
    own: {
      'phone-details': () => import('./zh/phone-details').then((m) => m.zhPhoneDetails),
      'phone-saved': () => import('./zh/phone-saved').then((m) => m.zhPhoneSaved),
      landing: () => import('./zh/landing').then((m) => m.zhLanding),
    },
    catalogue: () => import('./zh').then((m) => m.zh),
  },
  ru: {
    core: () => import('./ru/core').then((m) => m.ruCore),
    own: {
      'phone-details': () => import('./ru/phone-details').then((m) => m.ruPhoneDetails),
      'phone-saved': () => import('./ru/phone-saved').then((m) => m.ruPhoneSaved),
      landing: () => import('./ru/landing').then((m) => m.ruLanding),
    },
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
  return isOwn(part) ? translated.own[part]() : translated.catalogue();
}
