import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { themeNameOf } from '../../themes';
import { t } from '../../i18n';
import { useSession, useThemes } from '../../store/session';
import { shownPledges } from './shown';

type Rows = [string, number][];

/**
 * Who has pledged and on what: counts by stakeholder group and by theme, most first. It takes the
 * room the side panel has left and shows as many whole rows as fit there: each list its first row
 * when there is room for it, then every stakeholder group that fits, then the themes in the room
 * left; a list that leaves rows out says how many next to its title.
 */
export function Breakdown() {
  const pledges = useSession(useShallow(shownPledges));
  const themes = useThemes();
  const box = useRef<HTMLDivElement>(null);
  const groups = tally(pledges.map((p) => t(`group.${p.stakeholderGroup}`)));
  const byTheme = tally(pledges.flatMap((p) => p.themes.map((id) => themeNameOf(themes, id))));
  const lists = [groups, byTheme];
  const { shown, measuring } = useRowsThatFit(box, lists);
  if (pledges.length === 0) return null;
  return (
    <div className="wall__breakdown" ref={box} data-testid="wall-breakdown">
      {shown[0]! > 0 && <BreakdownList title={t('wall.byGroup')} rows={groups} shown={shown[0]!} measuring={measuring} testId="wall-by-group" />}
      {shown[1]! > 0 && <BreakdownList title={t('wall.byTheme')} rows={byTheme} shown={shown[1]!} measuring={measuring} testId="wall-by-theme" />}
    </div>
  );
}

/**
 * One list's title, its rows and how many it leaves out. While the breakdown is measured (every
 * row laid out) the title has a count beside it as well, so a title that a count sends onto a
 * second line is measured on two.
 */
function BreakdownList({ title, rows, shown, measuring, testId }: { title: string; rows: Rows; shown: number; measuring: boolean; testId: string }) {
  const max = Math.max(...rows.map(([, n]) => n));
  const more = measuring ? rows.length : rows.length - shown;
  return (
    <section className="wall__tally" data-testid={testId}>
      <div className="wall__tally-head">
        <h2 className="wall__tally-title">{title}</h2>
        {more > 0 && (
          <p className="wall__tally-more" data-testid={`${testId}-more`}>
            {t('stage.more', { count: more })}
          </p>
        )}
      </div>
      <ul>
        {rows.slice(0, shown).map(([label, n]) => (
          <li key={label}>
            <span className="wall__tally-label">{label}</span>
            <span className="wall__tally-bar" aria-hidden="true">
              <span style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="wall__tally-count">{n}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** [label, count] pairs, most frequent first (ties by label). */
function tally(labels: string[]): Rows {
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * How many rows of each list fit in `box`: first every list whole, laid out and measured before
 * the browser paints; then as many rows as fit, in the lists' order, and again whenever the box
 * changes size (a countdown or the audience count appears) or the rows do.
 */
function useRowsThatFit(box: RefObject<HTMLElement | null>, lists: Rows[]): { shown: number[]; measuring: boolean } {
  const full = lists.map((rows) => rows.length);
  const [size, setSize] = useState('');
  const key = `${size}|${lists.map((rows) => rows.map(([label, n]) => `${label}:${n}`).join(',')).join('|')}`;
  const [fit, setFit] = useState<{ key: string; rows: number[] } | null>(null);
  const present = lists.some((rows) => rows.length > 0);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, [box, present]);

  const settled = fit?.key === key;
  useLayoutEffect(() => {
    const el = box.current;
    if (settled || !el) return;
    setFit({ key, rows: rowsThatFit(el, full) });
  });
  return settled ? { shown: fit.rows, measuring: false } : { shown: full, measuring: true };
}

/** From a breakdown laid out with `full` rows: how many rows of each list fit in its height. */
function rowsThatFit(box: HTMLElement, full: number[]): number[] {
  const sections = [...box.children].filter((s): s is HTMLElement => s instanceof HTMLElement);
  const present = full.flatMap((n, i) => (n > 0 ? [i] : []));
  // A narrow window keeps the breakdown in the page's flow: it is as tall as its rows.
  if (sections.length !== present.length || getComputedStyle(box).overflowY === 'visible') return full;
  const shape = full.map(() => ({ head: 0, row: 0, gap: 0 }));
  sections.forEach((section, k) => {
    const list = section.querySelector('ul')!;
    const row = list.querySelector('li');
    shape[present[k]!] = {
      head: list.getBoundingClientRect().top - section.getBoundingClientRect().top,
      row: row?.getBoundingClientRect().height ?? 0,
      gap: parseFloat(getComputedStyle(list).rowGap) || 0,
    };
  });
  const between = parseFloat(getComputedStyle(box).rowGap) || 0;
  const room = box.clientHeight - 1;
  const height = (rows: number[]) => {
    const used = rows.flatMap((n, i) => (n > 0 ? [shape[i]!.head + n * shape[i]!.row + (n - 1) * shape[i]!.gap] : []));
    return used.reduce((a, b) => a + b, 0) + between * Math.max(0, used.length - 1);
  };
  const rows = full.map(() => 0);
  const grow = (i: number) => {
    rows[i]!++;
    if (height(rows) <= room) return true;
    rows[i]!--;
    return false;
  };
  // Every list gets its first row if it can; then, in the lists' order (the stakeholder groups
  // first), every further row that fits.
  for (const i of present) grow(i);
  for (const i of present) while (rows[i]! > 0 && rows[i]! < full[i]! && grow(i));
  return rows;
}
