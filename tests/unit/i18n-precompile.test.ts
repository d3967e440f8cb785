/**
 * Messages precompiled at build time (scripts/lib/vite-precompile-messages.ts): the built client
 * formats each message from its syntax tree exactly as the source text formats, in every
 * language, and keeps plain text as text.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { Messages, type Params } from '../../client/i18n/messages';
import type { Locale } from '../../client/i18n/locales';
import { precompile } from '../../scripts/lib/vite-precompile-messages';

const I18N = path.join(__dirname, '../../client/i18n');
const languages = readdirSync(I18N).filter((name) => statSync(path.join(I18N, name)).isDirectory()) as Locale[];

function catalogueOf(locale: Locale): Record<string, string> {
  return (require(path.join(I18N, locale, 'index.ts')) as Record<string, Record<string, string>>)[locale]!;
}

/** The arguments a message asks for: plain ones, plural ones, and select ones with their choices. */
function argumentsOf(elements: MessageFormatElement[], into = { plain: new Set<string>(), plural: new Set<string>(), select: new Map<string, string[]>() }) {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.plain.add(el.value);
    if (el.type === TYPE.plural) into.plural.add(el.value);
    if (el.type === TYPE.select) into.select.set(el.value, Object.keys(el.options));
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return into;
}

/** Arguments to try a message with: every plural category a count can reach, every select choice. */
function samples(message: string): Params[] {
  const args = argumentsOf(parse(message, { ignoreTag: true }));
  return [0, 1, 2, 3, 5, 11, 21, 100, 1234].map((n, i) => {
    const params: Params = {};
    for (const name of args.plain) params[name] = `‹${name}›`;
    for (const name of args.plural) params[name] = n;
    for (const [name, choices] of args.select) params[name] = choices[i % choices.length]!;
    return params;
  });
}

describe.each(languages)('%s', (locale) => {
  const catalogue = catalogueOf(locale);
  const compiled = Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, precompile(message, locale)]));

  test('every message formats from its syntax tree as from its text', () => {
    const fromText = new Messages(locale, catalogue);
    const fromTree = new Messages(locale, compiled);
    const differences: { key: string; params: Params; text: string; tree: string }[] = [];
    for (const [key, message] of Object.entries(catalogue)) {
      for (const params of samples(message)) {
        const text = fromText.format(key, params);
        const tree = fromTree.format(key, params);
        if (text !== tree) differences.push({ key, params, text, tree });
      }
    }
    expect(differences).toEqual([]);
  });

  test('plain text stays text; a message with arguments becomes a syntax tree', () => {
    for (const [key, message] of Object.entries(catalogue)) {
      expect({ key, tree: typeof compiled[key] !== 'string' }).toEqual({ key, tree: /[{}]/.test(message) });
    }
  });
});

test('a precompiled message missing an argument shows as written', () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const messages = new Messages('en', {
    greeting: precompile('Signed in as {name}', 'en'),
    count: precompile('{count, plural, one {# pledge from {who}} other {# pledges from {who}}}', 'en'),
  });
  expect(messages.format('greeting')).toBe('Signed in as {name}');
  expect(messages.format('count', { count: 2 })).toBe('# pledges from {who}');
  expect(error).toHaveBeenCalledTimes(2);
  error.mockRestore();
});
