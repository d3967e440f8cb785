import { useEffect, useId, useRef } from 'react';
import { LIMITS } from '../../../shared/domain';
import { t } from '../../i18n';
import type { QuestionsProblem } from '../../store/organizer';

const problemText = (problem: QuestionsProblem) =>
  problem.kind === 'tooMany'
    ? t('org.create.tooManyQuestions', { count: problem.count, max: LIMITS.policyQuestionsMax })
    : t('org.create.questionTooLong', { n: problem.n, length: problem.length, max: LIMITS.policyQuestionMax });

/**
 * The session's policy questions in the new-session and edit forms, one per line as its IGF page
 * lists them. Refused before sending when there are too many or one is too long, saying which
 * (`problem`); the field then takes the focus, and the message follows its edits until it is right.
 */
export function PolicyQuestionsField({ value, problem, onChange }: { value: string; problem: QuestionsProblem | null; onChange: (patch: { policyQuestions: string }) => void }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement | null>(null);
  const refused = problem !== null;
  useEffect(() => {
    if (refused) field.current?.focus();
  }, [refused]);
  return (
    <div className="field">
      <label htmlFor={`${id}-questions`} className="field__label">
        {t('org.create.policyQuestions')}
      </label>
      <textarea
        ref={field}
        id={`${id}-questions`}
        className="input textarea"
        data-testid="session-policy-questions"
        rows={5}
        dir="auto"
        aria-describedby={problem ? `${id}-questions-problem ${id}-questions-help` : `${id}-questions-help`}
        aria-invalid={problem ? true : undefined}
        value={value}
        onChange={(e) => onChange({ policyQuestions: e.target.value })}
      />
      <p id={`${id}-questions-help`} className="field__help">
        {t('org.create.policyQuestionsHelp', { max: LIMITS.policyQuestionsMax, chars: LIMITS.policyQuestionMax })}
      </p>
      {problem && (
        <p id={`${id}-questions-problem`} className="error-message" role="alert" data-testid="policy-questions-problem">
          {problemText(problem)}
        </p>
      )}
    </div>
  );
}
