import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { enConsole } from '../../client/i18n/en/console';
import { enOrganizer } from '../../client/i18n/en/organizer';
import { enRecord } from '../../client/i18n/en/record';
import { enWall } from '../../client/i18n/en/wall';
import { phonePath, type Manifest } from '../../scripts/lib/phone-path';
import { CLIENT_DIR, ensureClientBuilt } from '../helpers/browser';

/**
 * The phone on a slow link: what it downloads from the join page to a usable pledge form, read
 * from the built client (`npm test` builds it first; CLIENT_OUT_DIR when set). The entry chunk, the
 * phone page's chunk and everything they import statically, gzipped, stay within the budget; the
 * fields of the form's "More details" (loaded in an idle moment once the form shows), the SDG
 * targets (169 texts), the other pages, their strings, the ICU message parser and the schema
 * library are not among them.
 */
const BUDGET_KB = 120;

const read = (file: string) => readFileSync(path.join(CLIENT_DIR, file));
const gzipKB = (data: Buffer) => gzipSync(data, { level: 9 }).length / 1024;

function builtPath() {
  ensureClientBuilt();
  const manifestFile = path.join(CLIENT_DIR, '.vite/manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${CLIENT_DIR} was built without its manifest: build it again (npx vite build)`);
  return phonePath(JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest);
}

test(`the phone's join → form path is at most ${BUDGET_KB} KB of JavaScript, gzipped`, () => {
  const phone = builtPath();
  // Scripts index.html loads besides the entry (the phone's preload script) count too.
  const html = read('index.html').toString('utf8');
  const pageScripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]!).filter((f) => !phone.js.includes(f));
  const sizes = [...phone.js, ...pageScripts].map((file) => ({ file, kb: gzipKB(read(file)) }));
  const total = sizes.reduce((sum, s) => sum + s.kb, 0);
  const breakdown = sizes
    .sort((a, b) => b.kb - a.kb)
    .map((s) => `  ${s.kb.toFixed(1).padStart(6)} KB  ${s.file}`)
    .join('\n');
  // The one dynamic import taken on the way: the phone page; the fields of "More details", the check
  // before sending (past dates, preview), the SDG picker and the QR code library are not, and the
  // service worker precaches them (phone.later).
  expect(phone.dynamicOnPath).toEqual(['views/phone/PhoneView.tsx']);
  const later = ['views/phone/PledgeDetailsFields.tsx', 'views/phone/SdgPicker.tsx'];
  expect(phone.dynamicOffPath).toEqual(expect.arrayContaining([...later, 'views/moderator/ModeratorView.tsx', 'views/wall/WallView.tsx']));
  const manifest = JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest;
  for (const key of later) expect(phone.later.js).toContain(manifest[key]!.file);
  if (total > BUDGET_KB) throw new Error(`join → form path: ${total.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget:\n${breakdown}`);
  expect(total).toBeLessThanOrEqual(BUDGET_KB);
});

test('the SDG targets, the other pages, their strings, the message parser and zod are not on the join → form path', () => {
  const phone = builtPath();
  const code = phone.js.map((file) => read(file).toString('utf8')).join('\n');
  const sdg = JSON.parse(readFileSync(path.resolve('shared/data/sdg-targets.json'), 'utf8')) as { goals: { targets: { text: string }[] }[] };
  // Any target's text gives the data away, wherever the bundler put it.
  for (const target of [sdg.goals[0]!.targets[0]!, sdg.goals[16]!.targets.at(-1)!]) expect(code).not.toContain(target.text.slice(0, 60));
  // zod's classes register under their names ("ZodString"), which survive minification.
  expect(code).not.toMatch(/\bZod(String|Object|Type)\b/);
  // The console's and the wall's own code is in their pages' chunks only.
  for (const key of ['views/moderator/ModeratorView.tsx', 'views/wall/WallView.tsx', 'views/organizer/OrganizerView.tsx']) {
    expect(phone.js).not.toContain((JSON.parse(read('.vite/manifest.json').toString('utf8')) as Manifest)[key]!.file);
  }
  // So are their strings, which load with them (client/i18n/catalogues.ts): the longest plain text of each area tells.
  for (const area of [enConsole, enOrganizer, enRecord, enWall]) {
    const longest = Object.values(area)
      .filter((message: string) => !/[{}']/.test(message))
      .reduce((a: string, b: string) => (b.length > a.length ? b : a), '');
    expect(longest.length).toBeGreaterThan(30);
    expect(code).not.toContain(longest);
  }
  // Messages are precompiled at build time: the ICU parser (its error kinds survive minification) is not shipped.
  expect(code).not.toContain('EXPECT_ARGUMENT_CLOSING_BRACE');
});
