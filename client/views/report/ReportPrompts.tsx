import type { AskedPrompt } from '../../../shared/http';
import { formatStamp } from '../../format';
import { t } from '../../i18n';
import { shownPrompt } from '../../prompt';
import '../../styles/report-prompts.css';

/**
 * The question the round was asked, or, when it was asked more than one (changed while open, or a
 * new one on reopening), each of them in order with when and how many of the listed pledges
 * answered it.
 */
export function ReportPrompts({ prompts }: { prompts: readonly AskedPrompt[] }) {
  const [only] = prompts;
  if (prompts.length === 1 && only) {
    return (
      <section className="report__section report__prompt" aria-labelledby="rp-prompt">
        <h2 id="rp-prompt">{t('record.report.prompt')}</h2>
        <blockquote data-testid="report-prompt" dir="auto">{shownPrompt(only.text)}</blockquote>
      </section>
    );
  }
  return (
    <section className="report__section report__prompt" aria-labelledby="rp-prompt">
      <h2 id="rp-prompt">{t('record.report.prompts')}</h2>
      <ol className="report__prompts" data-testid="report-prompts">
        {prompts.map((q, i) => (
          <li key={`${q.at}-${i}`} data-testid={`report-prompt-${i + 1}`}>
            <h3 className="report__h3">{t('record.report.questionN', { n: i + 1 })}</h3>
            <blockquote dir="auto">{shownPrompt(q.text)}</blockquote>
            <p className="report__prompt-meta">
              {t('record.report.promptAsked', { time: formatStamp(q.at) })} · {t('record.report.pledgeCount', { count: q.pledgeIds.length })}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Which question each listed pledge answered (1-based), when the round was asked more than one. */
export function questionNumbers(prompts: readonly AskedPrompt[]): Map<string, number> {
  const numbers = new Map<string, number>();
  if (prompts.length > 1) prompts.forEach((q, i) => q.pledgeIds.forEach((id) => numbers.set(id, i + 1)));
  return numbers;
}
