import { DEFAULT_PROMPT } from '../shared/domain';
import { t } from './i18n';

/**
 * A round's prompt as this page shows it: the standard question (a session made without a prompt
 * of its own) in the page's language, any other in the moderator's own words.
 */
export function shownPrompt(prompt: string): string {
  return prompt === DEFAULT_PROMPT ? t('round.defaultPrompt') : prompt;
}
