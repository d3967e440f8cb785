/**
 * Messages precompiled at build time, FormatJS's "precompile + no-parser" setup: every catalogue
 * module (`client/i18n/<lang>/*.ts`) is built as the same exports with each message that has an
 * argument, a plural or a select replaced by its ICU syntax tree, parsed here as
 * intl-messageformat would parse it in the page; plain text stays text. The client then gets the
 * `no-parser` entry of @formatjs/icu-messageformat-parser in place of the parser (about 8 KB gzip
 * less on every page). The sources stay plain strings: tsc, the tests and the dev server (`vite`,
 * which keeps the parser) read them as they are. See docs/i18n.md.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

/** A catalogue module: an area file, a language's core.ts or index.ts; the folder names the language. */
const CATALOGUE = /[\\/]client[\\/]i18n[\\/]([a-z]{2})[\\/][^\\/]+\.ts$/;

/** What the page is left with instead of the parser: its types and guards, and a `parse` that throws. */
const PARSER = /^@formatjs\/icu-messageformat-parser$/;
const NO_PARSER = '@formatjs/icu-messageformat-parser/no-parser.js';

/** A module's exports, evaluated with what it imports (the English import problems come from shared/). */
async function evaluate(file: string): Promise<{ exports: Record<string, unknown>; inputs: string[] }> {
  const result = await build({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'node', target: 'node20', metafile: true, logLevel: 'silent' });
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', 'require', result.outputFiles[0]!.text)(module, module.exports, createRequire(file));
  return { exports: module.exports, inputs: Object.keys(result.metafile.inputs).map((input) => path.resolve(input)) };
}

/** The syntax tree of a message, with the options the page would parse it with; text that is only text as it is. */
export function precompile(message: string, locale: string): string | MessageFormatElement[] {
  const ast = parse(message, { ignoreTag: true, locale: new Intl.Locale(locale) });
  const only = ast[0];
  return ast.length === 1 && only?.type === TYPE.literal && only.value === message ? message : ast;
}

function isMessages(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && Object.values(value).every((message) => typeof message === 'string');
}

export function precompileMessages(): Plugin {
  return {
    name: 'pledge-round:precompile-messages',
    apply: 'build',
    enforce: 'pre',
    config: () => ({ resolve: { alias: [{ find: PARSER, replacement: NO_PARSER }] } }),
    async transform(_code, id) {
      const file = id.split('?')[0]!;
      const locale = CATALOGUE.exec(file)?.[1];
      if (!locale) return null;
      const { exports, inputs } = await evaluate(file);
      for (const input of inputs) this.addWatchFile(input);
      const declarations = Object.entries(exports).map(([name, value]) => {
        if (!isMessages(value)) this.error(`${file}: the export ${name} is not an object of messages`);
        const compiled = Object.fromEntries(Object.entries(value).map(([key, message]) => [key, precompile(message, locale)]));
        return `export const ${name} = ${JSON.stringify(compiled)};`;
      });
      return { code: declarations.join('\n'), map: null };
    },
  };
}
