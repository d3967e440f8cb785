import { PolicyQuestionList } from '../../components/PolicyQuestionList';
import { t } from '../../i18n';
import { useSession } from '../../store/session';

const NONE: readonly string[] = [];

/**
 * The session's policy questions, above the round's prompt: read-only and closed until asked
 * for, so a moderator can phrase the prompt around them without the round's controls moving down.
 * Nothing when the session has none.
 */
export function PolicyQuestions() {
  const questions = useSession((s) => s.session?.details.policyQuestions ?? NONE);
  if (questions.length === 0) return null;
  return (
    <details className="round__questions disclosure" data-testid="mod-policy-questions">
      <summary>{t('mod.round.policyQuestions', { count: questions.length })}</summary>
      <p className="field__help">{t('mod.round.policyQuestionsHelp')}</p>
      <PolicyQuestionList questions={questions} testId="mod-policy-question-list" />
    </details>
  );
}
