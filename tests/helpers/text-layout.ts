import type { Page } from 'playwright-core';

/**
 * How text lies on its lines, measured in the browser: a " · " separator that starts a line.
 * Each answers what breaks the rule, readable in a failure.
 */

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
