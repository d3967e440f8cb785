import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { routes } from '../../../shared/http';
import type { Pledge } from '../../../shared/schemas';
import { authorName, personalMark } from '../../components/PledgeCard';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { useFit, useReducedMotion } from './useFit';
import { useSpeaker, useSpotlightSequence } from './useWall';
import { useRoundEnd } from './WallHeader';
import { shownPrompt } from '../../prompt';

/** Scrolling speed, in screen heights per second (about 110 px/s on a 1080-pixel frame). */
const SPEED = 0.1;

/**
 * A strip along the bottom of the frame for a stream's overlay (an OBS browser source): the page is
 * transparent everywhere else, nothing scrolls or takes the focus, there is no QR code. On a room's
 * wall (`titled`) it runs below the wall's own header and join code (HoldingView). The pledges
 * run right to left as they arrived (in speaking order when the stage says so); with reduced motion
 * they show one at a time, swapping without moving.
 */
export function TickerView({ titled = false }: { titled?: boolean }) {
  const pledges = useSpotlightSequence();
  const reduce = useReducedMotion();
  const title = useSession((s) => s.session?.title ?? '');
  // On a room's wall the header above holds the title, and the page's main part is the room's.
  const Box = titled ? 'section' : 'main';
  return (
    <Box className="ticker" data-testid="wall-ticker" aria-label={titled ? t('wall.pledgesLabel') : undefined}>
      {!titled && <h1 className="visually-hidden">{title}</h1>}
      <div className="ticker__strip">
        <TickerLabel />
        <div className="ticker__window" aria-hidden="true" data-mode={pledges.length > 0 && !reduce ? 'scroll' : 'still'}>
          {pledges.length === 0 ? <Empty titled={titled} /> : reduce ? <OneAtATime pledges={pledges} /> : <Scroller pledges={pledges} />}
        </div>
      </div>
      <ol className="visually-hidden" aria-label={t('wall.pledgesLabel')}>
        {pledges.map((p) => (
          <li key={p.id}>
            {p.text} — {who(p)}
          </li>
        ))}
      </ol>
    </Box>
  );
}

/** The head's smallest size: a long name shrinks to it before its two lines cut it. */
const HEAD_FIT_MIN = 0.7;

/** The strip's left end: the last call, the speaker or the session; and where to join. */
function TickerLabel() {
  const session = useSession((s) => s.session);
  const { lastCall } = useRoundEnd();
  const speaker = useSpeaker();
  const head = lastCall ? t('stage.lastCall.wall') : speaker ? t('stage.speaking', { name: speaker.name }) : [session?.code, t('wall.ticker.label')].filter(Boolean).join(' · ');
  const headRef = useRef<HTMLParagraphElement>(null);
  // Its own box is its two lines: it fits when nothing is cut from them.
  useFit(headRef, headRef, head, HEAD_FIT_MIN);
  return (
    <div className={`ticker__label${lastCall ? ' ticker__label--last-call' : ''}`}>
      <p className="ticker__head" ref={headRef} data-testid="wall-ticker-head">
        {head}
      </p>
      {session && (
        <p className="ticker__join">{t('wall.ticker.join', { url: `${location.host}${routes.join(session.joinCode)}` })}</p>
      )}
    </div>
  );
}

/** Before the first pledge: the question, unless the room's wall above the strip shows it already. */
function Empty({ titled }: { titled: boolean }) {
  const prompt = useSession((s) => (s.round?.state === 'open' && !titled ? s.round.prompt : ''));
  return <p className="ticker__empty">{prompt ? shownPrompt(prompt) : t('wall.ticker.empty')}</p>;
}

/** "Name, Organization", or "Name (personal capacity), Organization". */
function who(p: Pledge): string {
  const personal = personalMark(p);
  return [personal ? `${authorName(p)} ${personal}` : authorName(p), p.organization].filter(Boolean).join(', ');
}

function Item({ pledge }: { pledge: Pledge }) {
  return (
    <li className="ticker__item" data-pledge={pledge.id}>
      <span className="ticker__text" dir="auto">{pledge.text.replace(/\s+/g, ' ')}</span>
      <span className="ticker__who" dir="auto">{who(pledge)}</span>
    </li>
  );
}

/**
 * Two copies of the list side by side, moved left by one copy's width per loop at a constant
 * speed (CSS animation). Each copy is at least as wide as the window, so a short list loops
 * without a gap. A pledge that arrives lengthens the loop; the animation keeps its time, so at a
 * constant speed the strip does not jump.
 */
function Scroller({ pledges }: { pledges: Pledge[] }) {
  const track = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ window: 0, group: 0 });
  const key = pledges.map((p) => `${p.id}@${p.updatedAt}`).join(' ');
  useLayoutEffect(() => {
    const el = track.current;
    const group = el?.firstElementChild as HTMLElement | null;
    const frame = el?.parentElement;
    if (!el || !group || !frame) return;
    const measure = () => setSize({ window: frame.clientWidth, group: group.scrollWidth });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(frame);
    observer.observe(group);
    return () => observer.disconnect();
  }, [key]);
  const seconds = size.group > 0 ? size.group / (SPEED * window.innerHeight) : 0;
  return (
    <div className="ticker__track" ref={track} data-running={seconds > 0 || undefined} style={{ animationDuration: `${seconds.toFixed(2)}s` }}>
      {[0, 1].map((copy) => (
        <ul key={copy} className="ticker__group" style={{ minWidth: `${size.window}px` }}>
          {pledges.map((p) => (
            <Item key={p.id} pledge={p} />
          ))}
        </ul>
      ))}
    </div>
  );
}

/** Seconds one pledge stays when they show one at a time: time to read it, within bounds. */
const dwell = (p: Pledge) => Math.min(20, Math.max(6, 4 + p.text.length * 0.05));

/** Reduced motion: one pledge at a time, in smaller type when it is long, swapped without motion. */
function OneAtATime({ pledges }: { pledges: Pledge[] }) {
  const [at, setAt] = useState(0);
  const index = at % pledges.length;
  const pledge = pledges[index]!;
  useEffect(() => {
    const timer = setTimeout(() => setAt((i) => (i + 1) % pledges.length), dwell(pledge) * 1000);
    return () => clearTimeout(timer);
  }, [pledge, pledges.length]);
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  useFit(box, list, `${pledge.id}@${pledge.updatedAt}`, 0.4);
  return (
    <div className="ticker__still" ref={box}>
      <ul className="ticker__group ticker__group--still" ref={list}>
        <Item pledge={pledge} />
      </ul>
    </div>
  );
}
