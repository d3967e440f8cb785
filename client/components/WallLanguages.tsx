import { AVAILABLE_LOCALES, t, type Locale } from '../i18n';
import { LANGUAGE_NAMES, LOCALE_QUERY } from '../i18n/locales';
import { ROTATION_SECONDS, wallLanguages } from '../i18n/rotation';
import { formatList } from '../format';
import { CopyField } from './CopyField';
import '../styles/disclosure.css';
import '../styles/wall-links.css';

interface Props {
  /** The wall's address, as the links beside it hand it out. */
  url: string;
  /** The event's languages (tags); empty for a session outside any event. */
  languages: readonly string[];
  kind: 'wall' | 'forum';
  /** `${testId}-says` for the sentence, `${testId}-pins` for the list, `${testId}-pin-${locale}` for each link. */
  testId: string;
}

/** The wall's address in one language: `?lang=` keeps it there, whatever its event's languages. */
export function pinnedUrl(url: string, locale: Locale): string {
  const address = new URL(url, location.origin);
  address.searchParams.set(LOCALE_QUERY, locale);
  return address.toString();
}

/** A language tag in its own language ("pt-BR" -> "português (Brasil)"); the tag itself where the browser cannot name it. */
function ownName(tag: string): string {
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * What a wall does with its event's languages, in plain words (`says`), and the languages a link
 * may keep it in (`pins`). Several languages: each of them; none the interface has: every
 * interface language (the wall would follow the browser); one: none (the wall keeps it anyway).
 */
export function wallLanguageChoice(languages: readonly string[], kind: Props['kind']): { says: string; pins: readonly Locale[] } {
  const { shown, left } = wallLanguages(languages);
  const names = shown.map((l) => LANGUAGE_NAMES[l]);
  const says =
    shown.length > 1
      ? t('wallLinks.turns', { kind, languages: formatList(names), seconds: ROTATION_SECONDS })
      : shown.length === 1
        ? t('wallLinks.one', { kind, language: names[0]! })
        : t('wallLinks.browser', { kind });
  return {
    says: left.length > 0 ? `${says} ${t('wallLinks.left', { languages: formatList(left.map(ownName)) })}` : says,
    pins: shown.length > 1 ? shown : shown.length === 0 ? AVAILABLE_LOCALES : [],
  };
}

/**
 * Beside a wall's link: what the wall does with its event's languages, and a link per language
 * that keeps the wall in it (one projector in French, one screen per language).
 */
export function WallLanguages({ url, languages, kind, testId }: Props) {
  const { says, pins } = wallLanguageChoice(languages, kind);
  return (
    <div className="wall-links">
      <p className="wall-links__says" data-testid={`${testId}-says`}>
        {says}
      </p>
      {pins.length > 0 && (
        <details
          className="wall-links__pins disclosure"
          data-testid={`${testId}-pins`}
          onToggle={(e) => {
            // The links differ only at their end (`?lang=…`): show the end of each.
            for (const input of e.currentTarget.querySelectorAll('input')) input.scrollLeft = input.scrollWidth;
          }}
        >
          <summary>{t('wallLinks.pins')}</summary>
          <p className="field__help">{t('wallLinks.pinsHelp', { kind })}</p>
          {pins.map((l) => (
            <CopyField key={l} label={t('wallLinks.pin', { kind, language: LANGUAGE_NAMES[l] })} value={pinnedUrl(url, l)} testId={`${testId}-pin-${l}`} />
          ))}
        </details>
      )}
    </div>
  );
}
