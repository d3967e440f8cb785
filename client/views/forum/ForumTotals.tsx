import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { themeNameOf } from '../../themes';
import { currentLocale, formatNumber, t } from '../../i18n';
import { useForum } from '../../store/forum';
import { useShown } from './hooks';

/** Rows a list shows at most, however much room there is. */
const MAX_ROWS = 10;

interface Row {
  key: string;
  label: string;
  /** A second, quieter part of the label (a session's title after its code). */
  detail?: string;
  count: number;
}

interface List {
  title: string;
  testId: string;
  rows: Row[];
  /** Every row has a second line (a session's title under its code). */
  twoLines?: boolean;
}

/** Rows from counts by key, most first (ties by label). */
function rowsOf(counts: Map<string, number>, label: (key: string) => Pick<Row, 'label' | 'detail'>): Row[] {
  return [...counts]
    .map(([key, count]) => ({ key, count, ...label(key) }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, currentLocale(), { numeric: true }));
}

function countBy(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Totals by session (code, and its title on a second line), by stakeholder group and by theme
 * (the event's labels). The rows of a list all have one height (text that does not fit its line
 * ends in an ellipsis), so how many fit is arithmetic on one measured row per list: each list
 * gets a row in turn while the panel has room, and a list that leaves rows out says "+N more"
 * beside its title; no row is ever cut off.
 */
export function ForumTotals() {
  const shown = useShown();
  const sessions = useForum((s) => s.sessions);
  const themes = useForum((s) => s.event?.themes);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const pledges = shown.map((e) => e.pledge);
  const lists: List[] = [
    {
      title: t('forum.bySession'),
      testId: 'forum-by-session',
      twoLines: true,
      rows: rowsOf(countBy(pledges.map((p) => p.sessionId)), (id) => {
        const s = byId.get(id);
        return s?.code ? { label: s.code, detail: s.title } : { label: s?.title ?? '', detail: s?.room };
      }),
    },
    {
      title: t('forum.byGroup'),
      testId: 'forum-by-group',
      rows: rowsOf(countBy(pledges.map((p) => p.stakeholderGroup)), (g) => ({ label: t(`group.${g}` as 'group.Government') })),
    },
    {
      title: t('forum.byTheme'),
      testId: 'forum-by-theme',
      rows: rowsOf(countBy(pledges.flatMap((p) => p.themes)), (id) => ({ label: themeNameOf(themes, id) })),
    },
  ].filter((l) => l.rows.length > 0);
  const panel = useRef<HTMLDivElement>(null);
  const slots = useRowsThatFit(panel, lists);
  return (
    <div className="forum__totals" ref={panel} data-testid="forum-totals">
      {lists.map((list, i) => (slots[i]! > 0 ? <TotalsList key={list.testId} list={list} shown={slots[i]!} /> : null))}
    </div>
  );
}

function TotalsList({ list, shown }: { list: List; shown: number }) {
  const max = Math.max(...list.rows.map((r) => r.count));
  const more = list.rows.length - shown;
  return (
    <section className="forum__tally" data-testid={list.testId}>
      <div className="forum__tally-head">
        <h2 className="forum__tally-title">{list.title}</h2>
        {more > 0 && (
          <p className="forum__tally-more" data-testid={`${list.testId}-more`}>
            {t('stage.more', { count: more })}
          </p>
        )}
      </div>
      <ul>
        {list.rows.slice(0, shown).map((row) => (
          <li key={row.key}>
            <span className="forum__tally-label">
              <bdi>{row.label}</bdi>
            </span>
            <span className="forum__tally-bar" aria-hidden="true">
              <span style={{ width: `${(row.count / max) * 100}%` }} />
            </span>
            <span className="forum__tally-count">{formatNumber(row.count)}</span>
            {list.twoLines && (
              <span className="forum__tally-detail">
                <bdi>{row.detail || '\u00a0'}</bdi>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * How many rows of each list fit in the panel. The lists are first drawn with one row each and
 * measured (a list's head, a row, the gaps); then rows are handed out one at a time to the list
 * showing the fewest, while the panel has room; again when the panel's size or the lists change.
 */
function useRowsThatFit(panel: RefObject<HTMLElement | null>, lists: List[]): number[] {
  const wanted = lists.map((l) => Math.min(l.rows.length, MAX_ROWS));
  const [size, setSize] = useState('');
  const key = `${size}|${wanted.join(',')}`;
  const [fit, setFit] = useState<{ key: string; rows: number[] } | null>(null);

  useLayoutEffect(() => {
    const el = panel.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize(`${el.clientWidth}x${el.clientHeight}`));
    observer.observe(el);
    return () => observer.disconnect();
  }, [panel]);

  const settled = fit?.key === key;
  useLayoutEffect(() => {
    const el = panel.current;
    if (settled || !el) return;
    setFit({ key, rows: allot(el, wanted) });
  });
  return settled ? fit.rows : wanted.map((n) => Math.min(n, 1));
}

/** What a list's parts measure, from its section drawn with one row. */
function shapeOf(section: Element) {
  const list = section.querySelector('ul')!;
  const row = list.querySelector('li');
  return {
    head: list.getBoundingClientRect().top - section.getBoundingClientRect().top,
    line: row?.getBoundingClientRect().height ?? Infinity,
    gap: parseFloat(getComputedStyle(list).rowGap) || 0,
  };
}

/**
 * From the panel drawn with one row per list: the rows each list gets. Rows are handed out a
 * round at a time, one more to each list (in order) that wants more and whose next row still fits
 * whole; a list whose first row does not fit is left out.
 */
function allot(panel: HTMLElement, wanted: number[]): number[] {
  const present = wanted.flatMap((n, i) => (n > 0 ? [i] : []));
  const sections = [...panel.querySelectorAll(':scope > section')];
  const rows = wanted.map(() => 0);
  if (sections.length !== present.length) return rows;
  const shapes = new Map(present.map((i, k) => [i, shapeOf(sections[k]!)]));
  const between = parseFloat(getComputedStyle(panel).rowGap) || 0;
  let left = panel.clientHeight - 1;
  /** What one more row of list `i` takes: its head too (and the gap to the list above) for its first. */
  const price = (i: number) => {
    const { head, line, gap } = shapes.get(i)!;
    if (rows[i]! > 0) return gap + line;
    return head + line + (present.some((j) => rows[j]! > 0) ? between : 0);
  };
  for (let open = present; open.length > 0; ) {
    open = open.filter((i) => rows[i]! < wanted[i]! && price(i) <= left);
    for (const i of open) {
      const cost = price(i);
      if (cost > left) continue;
      left -= cost;
      rows[i]!++;
    }
  }
  return rows;
}
