/**
 * A session's policy questions, numbered, each as its organizer typed it: in its own direction
 * (an Arabic question reads right to left on an English page), never translated. None: `empty`.
 */
export function PolicyQuestionList({ questions, className, testId, empty = '—' }: { questions: readonly string[]; className?: string; testId?: string; empty?: string }) {
  if (questions.length === 0) return <>{empty}</>;
  return (
    <ol className={className ? `policy-questions ${className}` : 'policy-questions'} data-testid={testId}>
      {questions.map((question, i) => (
        <li key={i} dir="auto">
          {question}
        </li>
      ))}
    </ol>
  );
}
