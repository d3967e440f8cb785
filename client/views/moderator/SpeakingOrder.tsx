import { useEffect, useId, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Panelist } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import { useModerator } from '../../store/moderator';
import { callSpeaker, movePanelist, nextSpeaker } from '../../store/moderator-stage';

interface Drag {
  id: string;
  pointerId: number;
  /** Where the row would land (0-based, in the order without it). */
  over: number;
  startY: number;
  dy: number;
}

/** What a panel row needs to show its place in the speaking order and move it. */
export interface OrderRow {
  position: number;
  count: number;
  busy: boolean;
  dragging: boolean;
  dy: number;
  /** A line where the dragged row would land: above this row, or below it (the last row). */
  drop: 'before' | 'after' | null;
  moveBy: (delta: -1 | 1) => void;
  handle: {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
  };
}

/**
 * Moving panelists in the speaking order, by the Move up / Move down buttons or by dragging a
 * row's handle; the whole list is sent, shown at once, and announced ("Kenji Watanabe moved to
 * position 2 of 4"). Focus stays on the button pressed, wherever its row goes.
 */
export function useOrderMoves(order: readonly string[], nameOf: (id: string) => string) {
  const listRef = useRef<HTMLUListElement>(null);
  const [message, setMessage] = useState('');
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const refocus = useRef<string | null>(null);
  const busy = useModerator((s) => !!s.pending.order);

  const update = (next: Drag | null) => {
    dragRef.current = next;
    setDrag(next);
  };

  const move = (id: string, to: number, focusTestId: string | null) => {
    const from = order.indexOf(id);
    if (busy || from < 0 || to < 0 || to >= order.length || to === from) return;
    refocus.current = focusTestId;
    // A repeated sentence is announced again only if it changes: a hair space tells them apart.
    setMessage((before) => {
      const text = t('console.order.moved', { name: nameOf(id), position: to + 1, count: order.length });
      return before === text ? `${text}\u200a` : text;
    });
    void movePanelist(order, id, to);
  };

  // The row moved: the button pressed keeps focus (React may have moved its node).
  useLayoutEffect(() => {
    const testId = refocus.current;
    if (!testId) return;
    refocus.current = null;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
    if (el && document.activeElement !== el) el.focus();
  });

  // Escape drops a drag where it started.
  const dragging = drag !== null;
  useEffect(() => {
    if (!dragging) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && update(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dragging]);

  const landing = (id: string, y: number) => {
    const rows = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-order-id]') ?? [])].filter((r) => r.dataset.orderId !== id);
    return rows.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top + box.height / 2 < y;
    }).length;
  };

  const row = (id: string): OrderRow => {
    const position = order.indexOf(id);
    const others = order.filter((o) => o !== drag?.id);
    const changes = drag !== null && drag.over !== order.indexOf(drag.id);
    const j = others.indexOf(id);
    return {
      position,
      count: order.length,
      busy,
      dragging: drag?.id === id,
      dy: drag?.id === id ? drag.dy : 0,
      drop: !changes || j < 0 ? null : j === drag.over ? 'before' : j === others.length - 1 && drag.over === others.length ? 'after' : null,
      moveBy: (delta) => move(id, position + delta, `move-${delta < 0 ? 'up' : 'down'}-${id}`),
      handle: {
        onPointerDown: (e) => {
          if (busy || e.button !== 0) return;
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          update({ id, pointerId: e.pointerId, over: position, startY: e.clientY, dy: 0 });
        },
        onPointerMove: (e) => {
          const d = dragRef.current;
          if (!d || d.pointerId !== e.pointerId) return;
          update({ ...d, over: landing(d.id, e.clientY), dy: e.clientY - d.startY });
        },
        onPointerUp: (e) => {
          const d = dragRef.current;
          if (!d || d.pointerId !== e.pointerId) return;
          update(null);
          move(d.id, landing(d.id, e.clientY), null);
        },
        onPointerCancel: () => update(null),
      },
    };
  };

  return { listRef, message, row, dragging };
}

/** A row's place in the speaking order: a handle to drag, and buttons to move it one place. */
export function OrderControls({ panelist, order }: { panelist: Panelist; order: OrderRow }) {
  return (
    <div className="order" data-testid={`order-${panelist.id}`}>
      <span
        className="order__handle"
        data-testid={`drag-${panelist.id}`}
        title={t('console.order.drag')}
        aria-hidden="true"
        {...order.handle}
      />
      <span className="order__position">
        <span aria-hidden="true">{order.position + 1}</span>
        <span className="visually-hidden">{t('console.order.position', { position: order.position + 1, count: order.count })}</span>
      </span>
      <span className="order__moves">
        <MoveButton panelist={panelist} order={order} delta={-1} />
        <MoveButton panelist={panelist} order={order} delta={1} />
      </span>
    </div>
  );
}

/** Moves a row one place up (-1) or down (1); unavailable at the end it moves towards. */
function MoveButton({ panelist, order, delta }: { panelist: Panelist; order: OrderRow; delta: -1 | 1 }) {
  const up = delta < 0;
  const edge = up ? order.position === 0 : order.position === order.count - 1;
  return (
    <button
      type="button"
      className="order__move"
      data-testid={`move-${up ? 'up' : 'down'}-${panelist.id}`}
      aria-label={t(up ? 'console.order.upLabel' : 'console.order.downLabel', { name: panelist.name })}
      title={t(up ? 'console.order.up' : 'console.order.down')}
      aria-disabled={edge || order.busy || undefined}
      onClick={() => !edge && order.moveBy(delta)}
    >
      <span aria-hidden="true">{up ? '▲' : '▼'}</span>
    </button>
  );
}

/** "Call" a panelist to speak, or "End turn" for the one speaking. */
export function CallButton({ panelist, speaking }: { panelist: Panelist; speaking: boolean }) {
  const key = `call:${panelist.id}` as const;
  const busy = useModerator((s) => s.pending[key] || s.pending.call);
  const label = speaking ? t('console.call.endTurnLabel', { name: panelist.name }) : t('console.call.callLabel', { name: panelist.name });
  return (
    <button
      type="button"
      className="button button--small button--secondary panel-row__call"
      data-testid={`${speaking ? 'end-turn' : 'call'}-${panelist.id}`}
      aria-label={label}
      aria-disabled={busy || undefined}
      onClick={() => !busy && void callSpeaker(speaking ? null : panelist.id, key)}
    >
      {speaking ? t('console.call.endTurn') : t('console.call.call')}
    </button>
  );
}

/** Who speaks now, and "Call next": the one after them in speaking order (the first when nobody speaks). */
export function CallNext({ order, speaker, nameOf }: { order: readonly string[]; speaker: string | null; nameOf: (id: string) => string }) {
  const endId = useId();
  const next = nextSpeaker(order, speaker);
  const busy = useModerator((s) => !!s.pending.call);
  const error = useModerator((s) => s.errors.call);
  return (
    <div className="call-next">
      <p className="call-next__now" data-testid="speaking-now" data-panelist-id={speaker ?? ''}>
        {speaker ? t(next ? 'stage.speaking' : 'console.call.speakingLast', { name: nameOf(speaker) }) : t('console.call.nobody')}
      </p>
      <button
        type="button"
        className="button button--primary call-next__button"
        data-testid="call-next"
        aria-disabled={busy || next === null || undefined}
        aria-describedby={next === null ? endId : undefined}
        title={next === null ? t('console.call.end') : undefined}
        onClick={() => next && !busy && void callSpeaker(next)}
      >
        {next ? t('console.call.nextOf', { name: nameOf(next) }) : t('console.call.next')}
      </button>
      <span className="visually-hidden" id={endId}>
        {t('console.call.end')}
      </span>
      <ErrorMessage code={error} className="call-next__error" />
    </div>
  );
}
