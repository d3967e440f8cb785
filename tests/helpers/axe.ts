import { readdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { newPage, type Screen } from './browser';

/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Impacts that fail a page. */
const FAILING = new Set(['serious', 'critical']);
/** A11Y_ALL=1: report every finding of any rule and impact (to look, not to pass). */
const EVERYTHING = !!process.env.A11Y_ALL;
/**
 * axe's best practices that the pages keep too, whatever their impact: one main landmark, one
 * first-level heading, headings in order, landmarks told apart.
 */
export const STRUCTURE_RULES = new Set(['landmark-one-main', 'page-has-heading-one', 'heading-order', 'landmark-no-duplicate-main', 'landmark-unique', 'landmark-main-is-top-level']);

/** Every piece of content inside a landmark (axe's `region`): kept by the walls. */
export const LANDMARK_RULES = ['region'] as const;

/** The key the client keeps the chosen language under (the `?lang=` parameter sets it too). */
export const LANG_KEY = 'pledge-round.lang';

/** Right-to-left languages: their pages are laid out mirrored, so each is checked on its own. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/**
 * The languages the pages are checked in: English, and every right-to-left language whose
 * catalogue folder exists in client/i18n/ (so Arabic is checked from the day its catalogue lands).
 * Left-to-right languages share English's layout and colours; A11Y_LANGUAGES=all checks every
 * language with a catalogue, A11Y_LANGUAGES=en,fr a chosen few.
 */
export function clientLanguages(choice = process.env.A11Y_LANGUAGES): string[] {
  const dir = path.resolve('client/i18n');
  const shipped = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^[a-z]{2,3}$/.test(e.name) && e.name !== 'en')
    .map((e) => e.name)
    .sort();
  const wanted = choice === 'all' ? shipped : choice ? shipped.filter((l) => choice.split(',').includes(l)) : shipped.filter((l) => RIGHT_TO_LEFT.has(l));
  return ['en', ...wanted];
}

/** The address with `?lang=` for any language but English (which needs none); the fragment is kept. */
export function inLanguage(url: string, lang: string): string {
  if (lang === 'en') return url;
  const u = new URL(url);
  u.searchParams.set('lang', lang);
  return u.toString();
}

/**
 * A fresh page (own context) that asks for `lang` both ways the client accepts it: the stored
 * choice and the address. Errors go to `errors`, as with `newPage`.
 */
export async function pageIn(browser: Browser, lang: string, label: string, errors: string[], screen: Screen = 'phone'): Promise<Page> {
  const page = await newPage(browser, `${label} [${lang}]`, errors, screen);
  if (lang !== 'en') await page.context().addInitScript(([key, value]) => localStorage.setItem(key!, value!), [LANG_KEY, lang]);
  return page;
}

/** `pageIn`, opened at `url` in that language. */
export async function openIn(browser: Browser, lang: string, url: string, errors: string[], screen: Screen = 'phone'): Promise<Page> {
  const page = await pageIn(browser, lang, url, errors, screen);
  await page.goto(inLanguage(url, lang));
  return page;
}

/** One finding that fails a page, readable in a test failure. */
export interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe on the page as it is now; answers every serious or critical finding of a WCAG 2.x A or
 * AA rule and every breach of STRUCTURE_RULES, labelled with `label` (which page and state).
 * Animations that end are let end first, so colours are final. `also`: more rules a page keeps,
 * whatever their impact (e.g. LANDMARK_RULES).
 */
export async function axeFindings(page: Page, label: string, also: readonly string[] = []): Promise<Finding[]> {
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    const settled = Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((r) => setTimeout(r, 2000))]).then(() => undefined);
  });
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
  return results.violations
    .filter((v) => EVERYTHING || (v.tags.some((tag) => WCAG_TAGS.includes(tag)) && FAILING.has(v.impact ?? '')) || STRUCTURE_RULES.has(v.id) || also.includes(v.id))
    .map((v) => ({
      page: label,
      rule: v.id,
      impact: v.impact!,
      help: v.help,
      targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1, 2).join('').trim()}` : ''}`),
    }));
}

/** Every finding as lines: page, rule, impact, what it asks, the elements. */
export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `[${f.page}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
}

/**
 * Collects findings page after page in one test and fails at the end with all of them, so one run
 * shows every page's problems rather than the first.
 */
export class AxeAudit {
  readonly findings: Finding[] = [];
  readonly checked: string[] = [];

  constructor(readonly lang: string) {}

  async check(page: Page, label: string, also: readonly string[] = []): Promise<void> {
    const name = `${label} [${this.lang}]`;
    this.checked.push(name);
    // The page must really be in the language asked for (and say so, for screen readers' voices).
    const shown = await page.evaluate(() => document.documentElement.lang);
    if (shown !== this.lang) this.findings.push({ page: name, rule: 'page-language', impact: 'serious', help: `<html lang> is "${shown}", not "${this.lang}"`, targets: ['html'] });
    this.findings.push(...(await axeFindings(page, name, also)));
  }

  /** Throws with every finding; answers the pages checked otherwise. */
  assertClean(): string[] {
    if (this.findings.length) throw new Error(`Accessibility (WCAG 2.2 AA) — serious or critical:\n${describeFindings(this.findings)}`);
    return this.checked;
  }
}
