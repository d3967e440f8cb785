import { DEFAULT_THEME_LIST, sameWords, standardThemeId, type Theme } from '../shared/domain';
import { t, type MessageKey } from './i18n';

/**
 * How pages name an event's themes. A standard theme (shared/domain `standardThemeId`: stored with
 * its id and English label, as events stored before this were too) reads in the page's language;
 * a theme the organizer typed reads as typed. Exports keep the stored ids and labels.
 */
const STANDARD_NAMES: Readonly<Record<string, MessageKey>> = {
  data: 'theme.data',
  environment: 'theme.environment',
  inclusion: 'theme.inclusion',
  trust: 'theme.trust',
};

/** A theme's name in the page's language. */
export function themeName(theme: Theme): string {
  const id = standardThemeId(theme);
  const key = id === null ? undefined : STANDARD_NAMES[id];
  return key ? t(key) : theme.label;
}

/** The name of a theme id in a list (the standard list without one); an id the list does not know reads as itself. */
export function themeNameOf(themes: readonly Theme[] | undefined, id: string): string {
  const theme = (themes ?? DEFAULT_THEME_LIST).find((th) => th.id === id);
  return theme ? themeName(theme) : id;
}

/** The standard themes with their names in the page's language, in their order. */
export const standardThemeNames = (): { id: string; name: string }[] => DEFAULT_THEME_LIST.map((theme) => ({ id: theme.id, name: themeName(theme) }));

/**
 * A theme label of the new-event form as the API should get it: the standard theme a row offered
 * (`standard`, its id, while its name is unchanged, whichever language it was offered in), or a
 * standard theme's name typed in the page's language, goes as the standard theme (its English
 * label, which the server stores as the standard theme), so walls and reports name it in each
 * viewer's language; any other label is the organizer's own.
 */
export function themeLabelToSend(label: string, standard?: string): string {
  const offered = DEFAULT_THEME_LIST.find((d) => d.id === standard);
  return (offered ?? DEFAULT_THEME_LIST.find((d) => sameWords(themeName(d), label)))?.label ?? label;
}
