import { useEffect, useId, useRef, useState } from 'react';
import type { Pledge } from '../../../shared/schemas';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t, useLocale } from '../../i18n';
import { useModerator } from '../../store/moderator';
import {
  chooseRotation,
  clearSpotlight,
  neighbours,
  ROTATE_CHOICES,
  shownRotation,
  spotlightPledge,
  useStageDrafts,
} from '../../store/moderator-stage';
import { useReactions } from '../../store/reactions';
import { useSession } from '../../store/session';
import { authorName, authorRole } from './labels';
import { SecondsSelect } from './SecondsSelect';
import { resolveView } from '../../stage-order';
import { useSpotlight } from './useSpotlight';

/**
 * The pledge on the walls' spotlight, its neighbours in the walls' order, rotation, and clear.
 * Both consoles show the same (the stage comes through the session store); "next" names the
 * neighbour it shows, so two moderators pressing it at once land on one pledge.
 */
export function SpotlightControls() {
  const titleId = useId();
  const { stage, sequence, current } = useSpotlight();
  const round = useSession((s) => s.round);
  const busy = useModerator((s) => !!s.pending.spotlight);
  const error = useModerator((s) => s.errors.spotlight);
  const chosen = useStageDrafts((s) => s.rotate);
  const rotation = shownRotation(stage, chosen);
  const spot = stage?.spotlight ?? null;
  const { previous, next } = neighbours(sequence, current);
  const view = resolveView(null, stage, round?.state ?? 'draft', sequence.length, current !== null);
  const index = current ? sequence.indexOf(current) : -1;

  return (
    <section className="card spotlight" aria-labelledby={titleId} data-testid="spotlight-card" data-pledge-id={current?.id ?? ''}>
      <div className="card__head">
        <h2 id={titleId}>{t('console.spotlight.title')}</h2>
        <span className="card__count" data-testid="spotlight-position">
          {index >= 0 ? t('console.spotlight.position', { index: index + 1, count: sequence.length }) : sequence.length}
        </span>
      </div>

      <SpotlitPledge current={current} gone={spot !== null && current === null} empty={sequence.length === 0} />

      <div className="spotlight__controls">
        <div className="spotlight__steps" role="group" aria-label={t('console.spotlight.title')}>
          <StepButton direction="previous" target={previous} busy={busy} />
          <StepButton direction="next" target={next} busy={busy} />
          <button
            type="button"
            className="button button--ghost"
            data-testid="spotlight-clear"
            aria-label={t('console.spotlight.clearLabel')}
            aria-disabled={busy || !spot || undefined}
            onClick={() => spot && !busy && void clearSpotlight()}
          >
            {t('console.spotlight.clear')}
          </button>
        </div>
        <SecondsSelect
          label={t('console.spotlight.rotate')}
          choices={ROTATE_CHOICES}
          value={rotation}
          wording={(seconds) => (seconds === null ? t('console.spotlight.rotate.off') : t('console.spotlight.rotate.every', { count: seconds }))}
          onChange={(seconds) => void chooseRotation(seconds, current)}
          testId="spotlight-rotate"
          className="spotlight__rotate"
          labelClassName="field__label field__label--small"
        />
      </div>
      <p className="spotlight__hint" data-testid="spotlight-hint">
        {[
          previous && current ? t('console.spotlight.previousOf', { name: authorName(previous) }) : '',
          next ? t(current ? 'console.spotlight.nextOf' : 'console.spotlight.first', { name: authorName(next) }) : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {/* Below the buttons, so they stay where they are when it comes and goes. */}
      {current && view !== 'spotlight' && (
        <p className="spotlight__elsewhere" data-testid="spotlight-elsewhere">
          {t('console.spotlight.elsewhere', { view: t(`stage.view.${view}`) })}
        </p>
      )}
      <ErrorMessage code={error} />
      <SpotlightAnnouncer pledgeId={stage ? (spot?.pledgeId ?? null) : undefined} />
    </section>
  );
}

/** Spotlights the neighbour shown, by its id (never "one step on"). */
function StepButton({ direction, target, busy }: { direction: 'previous' | 'next'; target: Pledge | null; busy: boolean }) {
  const back = direction === 'previous';
  const word = t(back ? 'console.spotlight.previous' : 'console.spotlight.next');
  return (
    <button
      type="button"
      className={`button ${back ? 'button--secondary' : 'button--primary'} spotlight__step`}
      data-testid={`spotlight-${direction}`}
      aria-label={target ? t(back ? 'console.spotlight.previousOf' : 'console.spotlight.nextOf', { name: authorName(target) }) : word}
      aria-disabled={busy || !target || undefined}
      onClick={() => target && !busy && void spotlightPledge(target.id)}
    >
      {back && <span className="arrow" aria-hidden="true">←</span>}
      {word}
      {!back && <span className="arrow" aria-hidden="true">→</span>}
    </button>
  );
}

/** The pledge as the walls show it, or why there is none; the box keeps its height either way. */
function SpotlitPledge({ current, gone, empty }: { current: Pledge | null; gone: boolean; empty: boolean }) {
  const supporters = useReactions((s) => (current ? (s.counts[current.id] ?? 0) : 0));
  if (!current) {
    return (
      <div className="spotlight__now spotlight__now--empty" data-testid="spotlight-now">
        <p className="console__quiet">{t(gone ? 'console.spotlight.gone' : empty ? 'console.spotlight.noPledges' : 'console.spotlight.none')}</p>
      </div>
    );
  }
  return (
    <figure className="spotlight__now" data-testid="spotlight-now">
      <figcaption className="spotlight__who">
        <span className="spotlight__label">{t('console.spotlight.onWalls')}</span>
        <span className="spotlight__author" data-testid="spotlight-author">
          {authorName(current)}
        </span>
        <span className="spotlight__meta">
          {[authorRole(current), current.organization].filter(Boolean).join(' · ')}
        </span>
        <span className="spotlight__support" data-testid="spotlight-support">
          {t('stage.supporters', { count: supporters })}
        </span>
      </figcaption>
      <blockquote className="spotlight__text" data-testid="spotlight-text">
        {current.text}
      </blockquote>
    </figure>
  );
}

/** Tells screen-reader users when either console changes the spotlight (not every rotation); a change of language empties it. */
function SpotlightAnnouncer({ pledgeId }: { pledgeId: string | null | undefined }) {
  const [text, setText] = useState('');
  const shown = useRef(pledgeId);
  const locale = useLocale((s) => s.locale);
  useEffect(() => setText(''), [locale]);
  useEffect(() => {
    const before = shown.current;
    shown.current = pledgeId;
    // What the console found when it opened is not news.
    if (before === pledgeId || before === undefined || pledgeId === undefined) return;
    const pledge = pledgeId ? useSession.getState().pledges.find((p) => p.id === pledgeId) : null;
    setText(pledge ? t('console.spotlight.announce', { pledge: authorName(pledge) }) : pledgeId === null ? t('console.spotlight.announceOff') : '');
  }, [pledgeId]);
  return (
    <p className="visually-hidden" role="status">
      {text}
    </p>
  );
}
