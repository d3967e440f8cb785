import { useRef, useState } from 'react';
import type { Pledge } from '../../../shared/schemas';
import { audienceLine, authorName, Separator } from '../../components/PledgeCard';
import { SupportButton } from '../../components/SupportButton';
import { t } from '../../i18n';
import { useReactions } from '../../store/reactions';
import { serverNow } from '../../store/session';
import type { Spotlit } from '../../stage-order';
import { useOwnPledge, viewerSupport } from './own';
import { useFit } from './useFit';
import { WallCountdown, WallHeader } from './WallHeader';

/**
 * One pledge, full screen, while it is read aloud: the text as large as the screen holds it (a long
 * one in smaller type, never cut), who made it, its supporters, and its place in the sequence. While
 * the spotlight rotates, a bar fills until the next pledge (every wall turns at the same moment:
 * see order.ts `spotlitAt`).
 */
export function SpotlightView({ spotlit, viewer }: { spotlit: Spotlit; viewer: boolean }) {
  const { pledge, index, total, turn } = spotlit;
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLQuoteElement>(null);
  useFit(box, text, `${pledge.id}@${pledge.updatedAt}`, 0.15);
  // The viewer's own pledge shows its supporters as the projector does, with no button.
  const own = useOwnPledge(pledge);
  return (
    <>
      <WallHeader side={<WallCountdown className="countdown--wall countdown--inline" />} />
      <main className="wall__main wall__main--spotlight">
        <article className="spotlight" data-testid="wall-spotlight" data-pledge={pledge.id} aria-label={t('wall.spotlight.label')}>
          <div className="spotlight__box" ref={box}>
            <blockquote className="spotlight__text" ref={text} data-testid="wall-spotlight-text" dir="auto">
              {pledge.text}
            </blockquote>
          </div>
          <footer className="spotlight__meta">
            <Who pledge={pledge} />
            <div className="spotlight__side">
              {viewer && !own ? (
                <SupportButton pledgeId={pledge.id} authorName={pledge.name} send={viewerSupport} compact className="spotlight__support" />
              ) : (
                <Supporters pledgeId={pledge.id} />
              )}
              <p className="spotlight__position" data-testid="wall-spotlight-position">
                {t('wall.spotlight.position', { index: index + 1, total })}
              </p>
            </div>
          </footer>
          {turn && <TurnBar key={`${pledge.id}@${turn.from}`} from={turn.from} ms={turn.ms} />}
        </article>
      </main>
    </>
  );
}

/** Name · organization · stakeholder group (a dot never starts a line: no break before it), and the audience mark. */
function Who({ pledge }: { pledge: Pledge }) {
  const audience = audienceLine(pledge);
  return (
    <p className="spotlight__who" data-testid="wall-spotlight-who">
      <span className="spotlight__name">{authorName(pledge)}</span>
      {pledge.organization && (
        <span className="spotlight__org">
          <Separator />
          {pledge.organization}
        </span>
      )}
      <span className="spotlight__group">
        <Separator />
        {t(`group.${pledge.stakeholderGroup}`)}
      </span>
      {audience && (
        <>
          <span className="visually-hidden">, </span>
          <span className="spotlight__audience">{audience}</span>
        </>
      )}
    </p>
  );
}

/** The projector's count: words, no button. */
function Supporters({ pledgeId }: { pledgeId: string }) {
  const count = useReactions((s) => s.counts[pledgeId] ?? 0);
  if (count <= 0) return null;
  return (
    <p className="spotlight__supporters" data-testid="wall-spotlight-supporters">
      {t('stage.supporters', { count })}
    </p>
  );
}

/** How long this pledge stays: a bar filling from where the shared clock says it is (none under reduced motion). */
function TurnBar({ from, ms }: { from: number; ms: number }) {
  // Read once: a delay set again on every render would restart the animation further along.
  const [elapsed] = useState(() => Math.min(ms, Math.max(0, serverNow() - from)));
  return (
    <div className="spotlight__turn" aria-hidden="true" data-testid="wall-spotlight-turn">
      <span style={{ animationDuration: `${ms}ms`, animationDelay: `${-elapsed}ms` }} />
    </div>
  );
}
