/**
 * Every language's catalogue against the English one: the same keys, messages that parse as ICU
 * MessageFormat, and the same arguments (names, and plural or select with the same choices).
 * The languages are the folders of client/i18n, so a new language is covered once its folder
 * exists.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { AVAILABLE_LOCALES } from '../../client/i18n/catalogues';
import { en } from '../../client/i18n/en';
import { LOCALES } from '../../client/i18n/locales';

const I18N = path.join(__dirname, '../../client/i18n');
const folders = readdirSync(I18N).filter((name) => statSync(path.join(I18N, name)).isDirectory());
const translations = folders.filter((f) => f !== 'en');

/** A language's catalogue: its folder's index exports it under the language's code (`export const fr = …`). */
function catalogueOf(locale: string): Record<string, string> {
  const index = require(path.join(I18N, locale, 'index.ts')) as Record<string, Record<string, string> | undefined>;
  const catalogue = index[locale];
  if (!catalogue) throw new Error(`client/i18n/${locale}/index.ts exports no \`${locale}\``);
  return catalogue;
}

/** What a message asks of its caller: each argument with its kind; select choices; nested messages too. */
function signature(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    switch (el.type) {
      case TYPE.argument:
        into.add(`${el.value}: text`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        into.add(`${el.value}: ${TYPE[el.type]}`);
        break;
      case TYPE.plural:
        into.add(`${el.value}: plural`);
        for (const option of Object.values(el.options)) signature(option.value, into);
        break;
      case TYPE.select:
        into.add(`${el.value}: select ${Object.keys(el.options).sort().join('|')}`);
        for (const option of Object.values(el.options)) signature(option.value, into);
        break;
      case TYPE.tag:
        into.add(`<${el.value}>`);
        signature(el.children, into);
        break;
      case TYPE.literal:
      case TYPE.pound:
        break;
      default: {
        const never: never = el;
        throw new Error(`unexpected element ${JSON.stringify(never)}`);
      }
    }
  }
  return into;
}

const parsed = (message: string) => parse(message, { ignoreTag: true, requiresOtherClause: true });
const english = Object.fromEntries(Object.entries(en).map(([key, message]) => [key, [...signature(parsed(message))].sort()]));

test('the language folders are the languages the interface offers', () => {
  expect(folders).toContain('en');
  for (const f of folders) expect(LOCALES).toContain(f);
  expect([...AVAILABLE_LOCALES].sort()).toEqual([...folders].sort());
});

test('every English message parses', () => {
  const broken = Object.entries(en).filter(([, message]) => {
    try {
      parsed(message);
      return false;
    } catch {
      return true;
    }
  });
  expect(broken.map(([key]) => key)).toEqual([]);
});

describe.each(translations)('%s', (locale) => {
  const catalogue = catalogueOf(locale);

  test('has every English key and no other', () => {
    const keys = Object.keys(catalogue);
    expect(Object.keys(en).filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  test('every message parses and asks for the same arguments as the English one', () => {
    const differences: { key: string; en: string[]; [locale: string]: string[] | string }[] = [];
    for (const [key, message] of Object.entries(catalogue)) {
      let mine: string[];
      try {
        mine = [...signature(parsed(message))].sort();
      } catch (err) {
        differences.push({ key, en: english[key] ?? [], [locale]: `does not parse: ${(err as Error).message}` });
        continue;
      }
      if (JSON.stringify(mine) !== JSON.stringify(english[key])) differences.push({ key, en: english[key] ?? [], [locale]: mine });
    }
    expect(differences).toEqual([]);
  });

  test('no message is empty', () => {
    expect(Object.entries(catalogue).filter(([, m]) => m.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

test('apostrophes are typographic (’) in every language: an ASCII one can quote ICU syntax away', () => {
  const all: [string, Record<string, string>][] = [['en', en], ...translations.map((l): [string, Record<string, string>] => [l, catalogueOf(l)])];
  const ascii = all.flatMap(([l, c]) => Object.entries(c).filter(([, m]) => m.includes("'")).map(([k]) => `${l} ${k}`));
  expect(ascii).toEqual([]);
});
