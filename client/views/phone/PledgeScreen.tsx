import { useEffect } from 'react';
import { t } from '../../i18n';
import { isLocked, usePhone } from '../../store/phone-state';
import { useSession } from '../../store/session';
import { Closed } from './Closed';
import { Confirmation } from './Confirmation';
import { PledgeForm } from './PledgeForm';
import { useSavedWords } from './saved-words';
import { ScreenHeading } from './ScreenHeading';
import { useMyPledge } from './useMyPledge';
import { Waiting } from './Waiting';
import { shownPrompt } from '../../prompt';

/**
 * The pledge's screens as the round goes: waiting for it to open, writing, the saved pledge, the
 * closed round. `canPledge` is false for an audience phone while only the panel pledges.
 */
export function PledgeScreen({ canPledge }: { canPledge: boolean }) {
  const state = useSession((s) => s.round?.state ?? 'draft');
  const editing = usePhone((s) => s.draft.editing);
  // A change to the saved pledge still on its way: the form shows it (read-only) with its status.
  const pendingEdit = usePhone((s) => isLocked(s) && s.pending?.event === 'pledge:edit');
  const myPledge = useMyPledge();
  const saved = useSavedWords(myPledge !== undefined, state === 'open');
  // A new screen (the round opens or closes, the pledge is saved, sent back, shown, hidden) starts
  // at its top, where its heading says what happened, not wherever the last one was scrolled to.
  const screen = `${state}:${myPledge?.status ?? ''}:${editing}:${pendingEdit}`;
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [screen]);

  switch (state) {
    case 'draft':
      return <Waiting />;
    case 'open':
      if (myPledge && !editing && !pendingEdit) return saved.ready ? <Confirmation pledge={myPledge} /> : <SavedLoading failed={saved.failed} />;
      return canPledge ? <PledgeForm /> : <PanelOnly />;
    case 'closed':
      return <Closed pledge={myPledge} words={saved.ready} />;
    default: {
      const never: never = state;
      return never;
    }
  }
}

/**
 * The saved pledge while the rest of its words are on their way (a moment; offline, until the
 * connection is back): that it is saved is said at once.
 */
function SavedLoading({ failed }: { failed: boolean }) {
  return (
    <section className="phone__panel" data-testid="pledge-saved-loading" aria-labelledby="saved-loading-title">
      <ScreenHeading id="saved-loading-title">{t('phone.confirm.title')}</ScreenHeading>
      <p className="phone__lead" role="status">
        {failed ? t('app.chunkError') : t('app.loading')}
      </p>
      {failed && (
        <button type="button" className="button button--secondary" onClick={() => location.reload()}>
          {t('app.reload')}
        </button>
      )}
    </section>
  );
}

/** The round is open to the panel only: the audience follows, and keeps anything it typed. */
function PanelOnly() {
  const prompt = shownPrompt(useSession((s) => s.round?.prompt ?? ''));
  const kept = usePhone((s) => s.draft.text.trim() !== '');
  return (
    <section className="phone__panel panel-only" data-testid="audience-panel-only" aria-labelledby="panel-only-title">
      <p className="pledge-form__eyebrow">{t('phone.form.promptLabel')}</p>
      <p className="pledge-form__prompt" data-testid="prompt" dir="auto">
        {prompt}
      </p>
      <div role="status">
        <h1 id="panel-only-title" className="panel-only__title">
          {t('phone.audience.panelOnlyTitle')}
        </h1>
      </div>
      <p className="phone__lead">{t('phone.audience.panelOnlyBody')}</p>
      {kept && <p className="notice">{t('phone.audience.panelOnlyDraft')}</p>}
    </section>
  );
}
