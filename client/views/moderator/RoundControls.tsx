import { useEffect, useId, useRef } from 'react';
import { LIMITS } from '../../../shared/domain';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import {
  applyCountdown,
  closeRound,
  COUNTDOWN_CHOICES,
  openRound,
  savePrompt,
  setAutoClose,
  setCountdownChoice,
  setPromptDraft,
  shownAutoClose,
  useModerator,
  type CountdownChoice,
} from '../../store/moderator';
import { useSession } from '../../store/session';
import { InlineConfirm } from './InlineConfirm';
import { LastCall } from './LastCall';
import { SecondsSelect } from './SecondsSelect';
import { RoundSettings } from './RoundSettings';
import { RoundStats } from './RoundStats';
import { shownPrompt } from '../../prompt';
import { Confirmation } from './Confirmation';
import { PolicyQuestions } from './PolicyQuestions';

export function RoundControls() {
  const ids = { prompt: useId(), title: useId() };
  const round = useSession((s) => s.round);
  const promptDraft = useModerator((s) => s.promptDraft);
  const countdown = useModerator((s) => s.countdown);
  const autoClose = shownAutoClose(round, useModerator((s) => s.autoClose));
  const pending = useModerator((s) => s.pending);
  const errors = useModerator((s) => s.errors);
  const promptSavedAt = useModerator((s) => s.done.prompt);
  const primary = useRef<HTMLButtonElement | null>(null);
  const shownState = useRef(round?.state);

  const heading = useRef<HTMLHeadingElement | null>(null);

  // When this console opens or closes the round, the button that was pressed gives way to the next
  // one: focus follows it to "Close round" after opening, but after closing it lands on the round's
  // heading, not on "Reopen round", so a key pressed twice in a hurry never reopens a round just
  // closed. A round the other moderator opened or closed, or the first state, moves nothing (nor
  // the page, scrolled to the queue).
  const pressed = useRef(false);
  /** This console's open or close: focus follows it, unless it failed (the round did not change). */
  const press = (command: Promise<void>) => {
    pressed.current = true;
    const before = useSession.getState().round?.state;
    void command.then(() => {
      if (useSession.getState().round?.state === before) pressed.current = false;
    });
  };
  useEffect(() => {
    if (shownState.current === round?.state) return;
    shownState.current = round?.state;
    if (!pressed.current) return;
    pressed.current = false;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    (round?.state === 'closed' ? heading.current : primary.current)?.focus();
  }, [round?.state]);

  if (!round) return null;
  const prompt = promptDraft ?? round.prompt;
  const dirty = promptDraft !== null && promptDraft !== round.prompt;
  const open = round.state === 'open';

  return (
    <section className="card round" aria-labelledby={ids.title}>
      <div className="card__head">
        <h2 id={ids.title} ref={heading} tabIndex={-1} data-testid="round-heading">
          {t('mod.round.title')}
        </h2>
        <span className={`round-pill round-pill--${round.state}`} data-testid="mod-round-state" data-state={round.state}>
          {t(`round.${round.state}`)}
        </span>
      </div>

      <RoundStats />

      <form
        className="round__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (dirty) void savePrompt(prompt);
        }}
      >
        <PolicyQuestions />
        <div className="field">
          <label htmlFor={ids.prompt} className="field__label">
            {t('mod.round.promptLabel')}
          </label>
          <textarea
            id={ids.prompt}
            className="input textarea"
            data-testid="prompt-input"
            rows={2}
            maxLength={LIMITS.promptMax}
            // The standard question in the console's language; opening the round keeps it standard.
            value={promptDraft ?? shownPrompt(round.prompt)}
            onChange={(e) => setPromptDraft(e.target.value)}
          />
        </div>
        {round.state === 'closed' && (
          <p className="field__help" data-testid="prompt-reopen-help">
            {t('mod.round.reopenPrompt')}
          </p>
        )}
        <div className="round__row" hidden={round.state === 'closed'}>
          <button
            type="submit"
            className="button button--secondary button--small"
            data-testid="save-prompt"
            disabled={!dirty || !prompt.trim() || pending.prompt}
          >
            {t('mod.round.savePrompt')}
          </button>
          {/* Always there, so that screen readers hear what comes into it. */}
          <span className="round__saved" role="status">
            {promptSavedAt && !dirty && <Confirmation key={promptSavedAt}>{t('mod.round.promptSaved')}</Confirmation>}
          </span>
        </div>
        <ErrorMessage code={errors.prompt} />
      </form>

      {/* The round's action right under the prompt it sends, in view on a laptop's first screen;
          who may pledge and what waits for approval apply at once, so they can follow it. */}
      <div className="round__row round__row--controls">
        <SecondsSelect
          label={t('mod.round.countdownLabel')}
          choices={COUNTDOWN_CHOICES}
          value={countdown}
          // With a countdown on (after a reload, say), "none" is what Set would do to it: stop it.
          wording={(seconds) =>
            seconds !== null
              ? t('mod.round.countdown.minutes', { count: seconds / 60 })
              : t(round.countdownEndsAt !== null ? 'mod.round.countdown.stop' : 'mod.round.countdown.none')
          }
          onChange={(seconds) => setCountdownChoice(seconds as CountdownChoice)}
          testId="countdown-select"
        />
        <label className="round__auto-close">
          <input
            type="checkbox"
            data-testid="countdown-auto-close"
            checked={countdown !== null && autoClose}
            disabled={countdown === null}
            onChange={(e) => setAutoClose(e.target.checked)}
          />
          {t('console.countdown.autoClose')}
        </label>
        {open && (
          <button
            type="button"
            className="button button--secondary"
            data-testid="set-countdown"
            aria-disabled={pending.countdown || undefined}
            onClick={() => !pending.countdown && void applyCountdown()}
          >
            {t('mod.round.setCountdown')}
          </button>
        )}
        <div className="round__primary">
          {open ? (
            <InlineConfirm
              label={t('mod.round.close')}
              triggerClass="button button--danger button--large"
              question={t('console.close.question')}
              confirmLabel={t('console.close.confirm')}
              confirmClass="button button--danger"
              cancelLabel={t('console.close.cancel')}
              busy={pending.close}
              testId="close-round"
              triggerRef={primary}
              onConfirm={() => press(closeRound())}
            />
          ) : (
            <button
              ref={primary}
              type="button"
              className="button button--primary button--large"
              data-testid="open-round"
              aria-disabled={pending.open || undefined}
              disabled={!prompt.trim()}
              onClick={() => !pending.open && press(openRound(prompt))}
            >
              {round.state === 'closed' ? t('mod.round.reopen') : t('mod.round.open')}
            </button>
          )}
        </div>
      </div>
      <ErrorMessage code={errors.countdown} />
      <LastCall />
      <ErrorMessage code={errors.open} />
      <ErrorMessage code={errors.close} />
      <RoundSettings />
    </section>
  );
}
