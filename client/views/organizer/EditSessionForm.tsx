import { useEffect, useId, useRef } from 'react';
import type { SessionListItem } from '../../../shared/http';
import { ErrorMessage } from '../../components/ErrorMessage';
import { t } from '../../i18n';
import {
  closeSessionEdit,
  openSessionEdit,
  saveSessionEdit,
  updateSessionEdit,
  updateSessionEditDetails,
  useSessionEdit,
  type SessionEditProblem,
} from '../../store/session-edit';
import { questionsProblem } from '../../store/organizer';
import { PolicyQuestionsField } from './PolicyQuestionsField';
import { ScheduleDetails, SessionNameFields } from './SessionFields';

/** Opens a session's edit form below the list; the focus comes back here when the form closes. */
export function EditSessionButton({ session, ariaLabel }: { session: SessionListItem; ariaLabel: string }) {
  const open = useSessionEdit((s) => s.editing?.sessionId === session.sessionId);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <button
      ref={button}
      type="button"
      className="button button--small button--ghost"
      aria-label={ariaLabel}
      aria-expanded={open}
      data-testid={`edit-session-${session.sessionId}`}
      onClick={() => (open ? closeSessionEdit() : openSessionEdit(session))}
    >
      {t('org.sessionEdit.open')}
    </button>
  );
}

const problemText = (problem: SessionEditProblem | null, field: 'title' | 'code' | 'end'): string | null => {
  if (field === 'title' && problem === 'titleRequired') return t('org.sessionEdit.titleRequired');
  if (field === 'code' && problem === 'codeTaken') return t('error.session_code_taken');
  if (field === 'end' && problem === 'endBeforeStart') return t('org.create.endBeforeStart');
  return null;
};

/**
 * The open session's title, code and schedule details, filled with what it has now. Its title
 * takes the focus when it opens; a field in error takes it when saving is refused; Escape cancels.
 */
export function EditSessionCard() {
  const id = useId();
  const editing = useSessionEdit((s) => s.editing);
  const form = useSessionEdit((s) => s.form);
  const saving = useSessionEdit((s) => s.saving);
  const problem = useSessionEdit((s) => s.problem);
  const error = useSessionEdit((s) => s.error);
  const detail = useSessionEdit((s) => s.detail);
  const titleRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const sessionId = editing?.sessionId;
  useEffect(() => {
    if (!sessionId) return;
    titleRef.current?.focus();
    titleRef.current?.scrollIntoView({ block: 'nearest' });
  }, [sessionId]);
  useEffect(() => {
    const field = problem === 'titleRequired' ? titleRef : problem === 'codeTaken' ? codeRef : problem === 'endBeforeStart' ? endRef : null;
    field?.current?.focus();
  }, [problem]);
  if (!editing) return null;
  const name = editing.code ? `${editing.code} ${editing.title}` : editing.title;
  return (
    <section className="card session-edit" aria-labelledby={`${id}-title`} data-testid="session-edit">
      <div className="card__head">
        <h2 id={`${id}-title`}>{t('org.sessionEdit.title', { name })}</h2>
      </div>
      <p className="card__intro">{t('org.sessionEdit.intro')}</p>
      <form
        className="create-form"
        data-testid="session-edit-form"
        aria-labelledby={`${id}-title`}
        // Our own checks say what is wrong at the field, where a screen reader hears it.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void saveSessionEdit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !saving) {
            e.preventDefault();
            closeSessionEdit();
          }
        }}
      >
        <SessionNameFields
          title={form.title}
          code={form.code}
          onChange={updateSessionEdit}
          titleError={problemText(problem, 'title')}
          codeError={problemText(problem, 'code')}
          titleRef={titleRef}
          codeRef={codeRef}
        />
        <PolicyQuestionsField value={form.details.policyQuestions} problem={problem === 'policyQuestions' ? questionsProblem(form.details.policyQuestions) : null} onChange={updateSessionEditDetails} />
        <ScheduleDetails details={form.details} onChange={updateSessionEditDetails} endError={problemText(problem, 'end')} endRef={endRef} />
        <ErrorMessage code={error} />
        {detail && <p className="field__help">{t('org.errorDetail', { detail })}</p>}
        <div className="event-edit__actions">
          <button type="submit" className="button button--primary" data-testid="save-session" disabled={saving} aria-busy={saving || undefined}>
            {saving ? t('org.event.saving') : t('org.event.save')}
          </button>
          <button type="button" className="button button--ghost" data-testid="cancel-session-edit" onClick={closeSessionEdit} disabled={saving}>
            {t('org.event.cancelEdit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** "Saved" (or "nothing changed") once the form closes; the region stays in the page so the change is read out. */
export function SessionEditStatus() {
  const outcome = useSessionEdit((s) => s.outcome);
  return (
    <p className="event-summary__status" role="status" data-testid="session-edit-status">
      {outcome?.kind === 'saved' ? t('org.sessionEdit.saved', { name: outcome.name }) : outcome?.kind === 'unchanged' ? t('org.event.unchanged') : ''}
    </p>
  );
}
