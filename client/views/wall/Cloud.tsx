import { useMemo, useRef, type CSSProperties } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { wordCloud, type WordCount } from '../../../shared/wordcloud';
import { t } from '../../i18n';
import { useSession } from '../../store/session';
import { shownPledges } from './shown';
import { useFit } from './useFit';
import { WallCountdown, WallHeader } from './WallHeader';

/** Words in the cloud, and how many of them a screen reader hears as a list. */
const WORDS = 60;
const LISTED = 20;

/**
 * The pledges' words (shared/wordcloud.ts: stop words of the six UN languages left out), each
 * sized by how often it occurs, the most frequent in the middle. The layout is a centred
 * flex-wrap, so words never overlap; the whole cloud is scaled down until it fits the screen.
 * Screen readers get the most used words as a list instead.
 */
export function CloudView() {
  const texts = useSession(useShallow((s) => shownPledges(s).map((p) => p.text)));
  const words = useMemo(() => wordCloud(texts, { max: WORDS }), [texts]);
  const placed = useMemo(() => centred(words), [words]);
  const box = useRef<HTMLDivElement>(null);
  const cloud = useRef<HTMLParagraphElement>(null);
  useFit(box, cloud, words.map((w) => `${w.word}:${w.count}`).join(' '), 0.2);
  const [low, high] = [words[words.length - 1]?.count ?? 0, words[0]?.count ?? 0];
  return (
    <>
      <WallHeader side={<WallCountdown className="countdown--wall countdown--inline" />} />
      <main className="wall__main wall__main--cloud">
        <section className="cloud" aria-labelledby="wall-cloud-title">
          <h2 className="cloud__title" id="wall-cloud-title">
            {t('wall.cloud.title')}
          </h2>
          <div className="cloud__box" ref={box}>
            {words.length === 0 ? (
              <p className="cloud__empty">{t('wall.cloud.empty')}</p>
            ) : (
              <p className="cloud__words" ref={cloud} aria-hidden="true" data-testid="wall-cloud">
                {placed.map(({ word, count, rank }) => (
                  <span
                    key={word}
                    className="cloud__word"
                    data-count={count}
                    data-tone={rank % 4}
                    style={{ '--w': weight(count, low, high).toFixed(3) } as CSSProperties}
                  >
                    {word}
                  </span>
                ))}
              </p>
            )}
          </div>
          <ol className="visually-hidden" aria-label={t('wall.cloud.list')} data-testid="wall-cloud-list">
            {words.slice(0, LISTED).map((w) => (
              <li key={w.word}>{t('wall.cloud.word', { count: w.count, word: w.word })}</li>
            ))}
          </ol>
        </section>
      </main>
    </>
  );
}

/** 0 for the rarest word shown, 1 for the most frequent; by square root, so the middle sizes stay apart. */
function weight(count: number, low: number, high: number): number {
  return high === low ? 0.5 : Math.sqrt((count - low) / (high - low));
}

/** Most frequent first in, placed alternately after and before: the largest words end up in the middle. */
function centred(words: WordCount[]): (WordCount & { rank: number })[] {
  const out: (WordCount & { rank: number })[] = [];
  words.forEach((w, rank) => (rank % 2 === 0 ? out.push({ ...w, rank }) : out.unshift({ ...w, rank })));
  return out;
}
