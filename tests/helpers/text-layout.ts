import type { Locator, Page } from 'playwright-core';

/**
 * How text lies on its lines, measured in the browser: words broken across two lines, and a
 * " · " separator that starts a line. Each answers what breaks the rule, readable in a failure.
 */

/**
 * The words inside `selector` whose letters lie on more than one line. A word is a run of letters
 * and digits of an alphabetic script (Chinese and Japanese, which break between any two
 * characters, are left out); a hyphen ends a word, so a line may break after it.
 */
export function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const word = /(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{M}\p{N}'’])+/gu;
    const broken: string[] = [];
    for (const root of document.querySelectorAll(sel)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Text for screen readers only sits in a box clipped to nothing: it has no lines to break.
        if (node.parentElement?.closest('.visually-hidden')) continue;
        for (const match of (node.textContent ?? '').matchAll(word)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          const lines = rects.reduce<number[]>((tops, r) => (tops.some((t) => Math.abs(t - r.top) < r.height / 2) ? tops : [...tops, r.top]), []);
          if (lines.length > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  }, selector);
}

/**
 * The lines inside `selector` (each a details line: who, organization, group) where a "·" that
 * parts two of its pieces starts a line: the visible character before it lies on a line above.
 */
export function dotsStartingLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const line of document.querySelectorAll(sel)) {
      const chars: { char: string; rect: DOMRect }[] = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i]!)) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect && rect.width > 0) chars.push({ char: text[i]!, rect });
        }
      }
      chars.forEach(({ char, rect }, i) => {
        const before = chars[i - 1];
        if (char === '·' && before && before.rect.bottom <= rect.top + rect.height / 2) found.push((line.textContent ?? '').replace(/\s+/g, ' ').trim());
      });
    }
    return found;
  }, selector);
}

/**
 * The lines inside `selector` whose parts (its children, parted by a "·" drawn before or after
 * them by the stylesheet) wrap so that a dot starts a line, or where two parts have no dot between
 * them.
 */
export function drawnDotsStartingLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    const dot = (el: Element, pseudo: '::before' | '::after') => getComputedStyle(el, pseudo).content.includes('·');
    for (const line of document.querySelectorAll(sel)) {
      const parts = [...line.children];
      parts.forEach((part, i) => {
        const prev = parts[i - 1];
        if (!prev) return;
        const before = [...prev.getClientRects()].at(-1)!;
        const first = part.getClientRects()[0]!;
        const text = (line.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (!dot(prev, '::after') && !dot(part, '::before')) found.push(`no dot before "${part.textContent}" in ${text}`);
        if (first.top >= before.bottom - before.height / 2 && dot(part, '::before')) found.push(`a line starts with a dot: "${part.textContent}" in ${text}`);
      });
    }
    return found;
  }, selector);
}

/**
 * The text of `locator` as the eye reads it: without what only screen readers get (the
 * `.visually-hidden` commas between a byline's parts), no-break spaces as spaces.
 */
export function seenText(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\u00a0/g, ' ');
  });
}
