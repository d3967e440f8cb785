/**
 * ICU MessageFormat messages of one language, compiled on first use and kept (one
 * IntlMessageFormat per key). Free of React and of the page, so tests render messages directly.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

export type Params = Record<string, string | number>;

/** What a message needs to format: the compiled message, and which numeric arguments show as plain numbers. */
interface Compiled {
  format: IntlMessageFormat;
  /** Arguments written `{name}` (not plural or select): a number there is formatted for the language. */
  plainNumbers: Set<string>;
}

/** The parser's element type of a plain `{name}` argument (TYPE.argument of @formatjs/icu-messageformat-parser). */
const ARGUMENT = 1;

/** Names of plain `{name}` arguments, and of plural and select ones, anywhere in a message. */
function argumentNames(elements: Element[], plain: Set<string>, selectors: Set<string>): void {
  for (const el of elements) {
    if ((el.type as number) === ARGUMENT && 'value' in el) plain.add(el.value);
    if ('options' in el) {
      selectors.add(el.value);
      for (const option of Object.values(el.options)) argumentNames(option.value, plain, selectors);
    }
    if ('children' in el) argumentNames(el.children, plain, selectors);
  }
}

export class Messages {
  private readonly compiled = new Map<string, Compiled | string>();
  private readonly numbers: Intl.NumberFormat;

  constructor(
    readonly locale: Locale,
    private readonly catalogue: Readonly<Record<string, string>>,
  ) {
    this.numbers = new Intl.NumberFormat(locale);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.catalogue, key);
  }

  /** The message of `key` with its arguments; the key itself when the catalogue has no such message. */
  format(key: string, params?: Params): string {
    const message = this.compile(key);
    if (message === undefined) return key;
    if (typeof message === 'string') return message;
    const values: Params = { ...params };
    for (const name of message.plainNumbers) {
      const v = values[name];
      if (typeof v === 'number') values[name] = this.numbers.format(v);
    }
    try {
      return String(message.format.format(values));
    } catch (err) {
      // A missing argument must not take the page down: show the message as written.
      console.error(`i18n: cannot format "${key}" in ${this.locale}`, err);
      return this.catalogue[key] ?? key;
    }
  }

  formatNumber(n: number): string {
    return this.numbers.format(n);
  }

  private compile(key: string): Compiled | string | undefined {
    const held = this.compiled.get(key);
    if (held !== undefined) return held;
    if (!this.has(key)) return undefined;
    const source = this.catalogue[key]!;
    let entry: Compiled | string;
    // Most messages are plain text: no need to parse them (an apostrophe only quotes before { } # |).
    if (!/[{}]/.test(source) && !source.includes("''")) entry = source;
    else {
      const format = new IntlMessageFormat(source, this.locale, undefined, { ignoreTag: true });
      const plain = new Set<string>();
      const selectors = new Set<string>();
      argumentNames(format.getAst(), plain, selectors);
      for (const s of selectors) plain.delete(s);
      entry = { format, plainNumbers: plain };
    }
    this.compiled.set(key, entry);
    return entry;
  }
}
