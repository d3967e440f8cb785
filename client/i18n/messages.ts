/**
 * ICU MessageFormat messages of one language, compiled on first use and kept (one
 * IntlMessageFormat per key). Free of React and of the page, so tests render messages directly.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales';

/**
 * A message as a catalogue holds it: ICU MessageFormat text, or its syntax tree. The built client
 * gets every message with an argument as a tree, parsed at build time
 * (scripts/lib/vite-precompile-messages.ts), and has no parser; plain text stays text.
 */
export type Message = string | MessageFormatElement[];

/** Messages by key: a catalogue, or a part of one. */
export type Strings = Readonly<Record<string, Message>>;

export type Params = Record<string, string | number>;

/** What a message needs to format: the compiled message, and which numeric arguments show as plain numbers. */
interface Compiled {
  format: IntlMessageFormat;
  /** Arguments written `{name}` (not plural or select): a number there is formatted for the language. */
  plainNumbers: Set<string>;
}

/**
 * Text a message shows as it is, with no need to parse it: no argument, and no apostrophe that
 * quotes (it only quotes before `{ } # |`, or doubled). The build leaves only such text unparsed.
 */
function isPlainText(message: string): boolean {
  return !/[{}]/.test(message) && !message.includes("''");
}

/** Names of plain `{name}` arguments, and of plural and select ones, anywhere in a message. */
function argumentNames(elements: MessageFormatElement[], plain: Set<string>, selectors: Set<string>): void {
  for (const el of elements) {
    if (el.type === TYPE.argument) plain.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      selectors.add(el.value);
      for (const option of Object.values(el.options)) argumentNames(option.value, plain, selectors);
    }
    if (el.type === TYPE.tag) argumentNames(el.children, plain, selectors);
  }
}

/** A message as written, for when it cannot be formatted: its text, `{name}` for each argument, a plural's or select's `other` case. */
function written(message: Message): string {
  if (typeof message === 'string') return message;
  return message
    .map((el) => {
      switch (el.type) {
        case TYPE.literal:
          return el.value;
        case TYPE.argument:
        case TYPE.number:
        case TYPE.date:
        case TYPE.time:
          return `{${el.value}}`;
        case TYPE.pound:
          return '#';
        case TYPE.plural:
        case TYPE.select:
          return written(el.options.other?.value ?? []);
        case TYPE.tag:
          return written(el.children);
        default: {
          const never: never = el;
          throw new Error(`unexpected message element ${JSON.stringify(never)}`);
        }
      }
    })
    .join('');
}

export class Messages {
  private readonly strings: Record<string, Message> = {};
  private readonly compiled = new Map<string, Compiled | string>();
  private readonly numbers: Intl.NumberFormat;

  constructor(
    readonly locale: Locale,
    strings: Strings = {},
  ) {
    this.add(strings);
    this.numbers = new Intl.NumberFormat(locale);
  }

  /** Takes in more messages of this language (a part loaded with a page: ./catalogues.ts). */
  add(strings: Strings): void {
    Object.assign(this.strings, strings);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.strings, key);
  }

  /** The message of `key` with its arguments; the key itself when this language has no such message. */
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
      return written(this.strings[key]!);
    }
  }

  formatNumber(n: number): string {
    return this.numbers.format(n);
  }

  private compile(key: string): Compiled | string | undefined {
    const held = this.compiled.get(key);
    if (held !== undefined) return held;
    if (!this.has(key)) return undefined;
    const source = this.strings[key]!;
    let entry: Compiled | string;
    // Most messages are plain text: no need to compile them.
    if (typeof source === 'string' && isPlainText(source)) entry = source;
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
