import type { ReactNode } from 'react';
import type { Theme } from '../../shared/domain';
import { themeNameOf } from '../themes';
import type { Pledge } from '../../shared/schemas';
import { formatDate } from '../format';
import { t } from '../i18n';
import { withLtrCode } from './LtrCode';

interface Props {
  pledge: Pledge;
  variant: 'wall' | 'phone';
  /**
   * The session's themes (its event's list), for the labels of the pledge's theme ids. Without
   * it the default list names them; an id no list knows shows as itself.
   */
  themes?: readonly Theme[];
  /** A wall card: what ends its details (a projector's count of supporters, Stage.tsx). */
  end?: ReactNode;
}

/** "on behalf of <org>" or "in a personal capacity": how the commitment is made. */
export function capacityLine(pledge: Pledge): string {
  return pledge.capacity === 'organization' && pledge.organization
    ? t('pledge.onBehalfOf', { organization: pledge.organization })
    : t('pledge.personal');
}

/**
 * "(personal capacity)" after the author's name on walls and the ticker, for a pledge made in a
 * personal capacity by someone who named an organization (their affiliation, not its pledge);
 * null otherwise.
 */
export function personalMark(pledge: Pick<Pledge, 'capacity' | 'organization'>): string | null {
  return pledge.capacity === 'individual' && pledge.organization ? t('pledge.personalMark') : null;
}

/** "until the next IGF" or "by 30 June 2026". */
export function timeframeLine(pledge: Pick<Pledge, 'timeframe'>): string {
  const tf = pledge.timeframe;
  if (tf.kind !== 'date') return t('pledge.timeframe.next-igf');
  return t('pledge.timeframe.date', { date: formatDate(tf.date) });
}

/** The author's name as shown: an audience member who gave none is anonymous. */
export function authorName(pledge: Pick<Pledge, 'name'>): string {
  return pledge.name || t('pledge.anonymous');
}

/** "Audience · in the room" / "Audience · online" for an audience pledge; null for a panelist's. */
export function audienceLine(pledge: Pick<Pledge, 'authorRole' | 'presence'>): string | null {
  if (pledge.authorRole !== 'audience') return null;
  return pledge.presence === 'online' ? t('pledge.audience.online') : t('pledge.audience.onsite');
}

/** Pledge text is always rendered as text; newlines kept by CSS (white-space: pre-line). */
export function PledgeCard({ pledge, variant, themes, end }: Props) {
  // Walls get no history (only the current version), so a later `updatedAt` also says "edited".
  const edited = pledge.edits.length > 0 || pledge.updatedAt > pledge.createdAt;
  const long = pledge.text.length > 280;
  return (
    <article
      className={`pledge-card pledge-card--${variant}${long ? ' pledge-card--long' : ''}`}
      data-testid={`pledge-${pledge.id}`}
      data-edited={edited || undefined}
      data-author-role={pledge.authorRole}
    >
      <blockquote className="pledge-card__text" dir="auto">{pledge.text}</blockquote>
      {variant === 'wall' ? (
        <WallLine pledge={pledge} themes={themes} edited={edited} end={end} />
      ) : (
        <>
          <Details pledge={pledge} edited={edited} />
          <Tags pledge={pledge} themes={themes} />
        </>
      )}
    </article>
  );
}

/**
 * The wall's details under the pledge, read from the back of a room: who (name · organization ·
 * stakeholder group), the audience mark, "edited", the themes and SDG targets, then `end` (a
 * projector's supporters). Where the card has room they all show, wrapping; on a full page the grid keeps them to one line
 * (client/styles/wall-grid.css: the group giving way first, then the organization).
 */
function WallLine({ pledge, themes, edited, end }: { pledge: Pledge; themes: readonly Theme[] | undefined; edited: boolean; end: ReactNode }) {
  const audience = audienceLine(pledge);
  const personal = personalMark(pledge);
  return (
    <footer className="pledge-card__meta">
      <span className="pledge-card__who">
        <span className="pledge-card__name">
          <bdi>{authorName(pledge)}</bdi>
        </span>
        {personal && <span className="pledge-card__personal" data-testid="pledge-personal">{` ${personal}`}</span>}
        {pledge.organization && (
          <span className="pledge-card__org">
            <Separator />
            <bdi>{pledge.organization}</bdi>
          </span>
        )}
        <span className="pledge-card__group">
          <Separator />
          {t(`group.${pledge.stakeholderGroup}`)}
        </span>
      </span>
      {audience && <span className={`pledge-card__audience pledge-card__audience--${pledge.presence}`}>{audience}</span>}
      {edited && <span className="pledge-card__edited">{t('pledge.edited')}</span>}
      <Tags pledge={pledge} themes={themes} />
      {end}
    </footer>
  );
}

/** " · " between who wrote a pledge and where from. Its first space does not break: where the line wraps, the dot ends a line and never starts one. */
const DETAILS_SEPARATOR = '\u00a0· ';

/**
 * " · " between the parts of a line of details (who wrote a pledge, where from), inside the part
 * it leads, so it goes when that part does. The dot is for the eye; a screen reader hears a comma
 * between the parts instead of reading them as one word ("Hanane Boujemi, TikTok, Private Sector").
 */
export function Separator() {
  return (
    <span className="pledge-card__sep">
      <span aria-hidden="true">{DETAILS_SEPARATOR}</span>
      <span className="visually-hidden">, </span>
    </span>
  );
}

/** The phone: name, audience mark, organization, capacity, timeframe. */
function Details({ pledge, edited }: { pledge: Pledge; edited: boolean }) {
  const audience = audienceLine(pledge);
  return (
    <footer className="pledge-card__meta">
      <span className="pledge-card__name">
        <bdi>{authorName(pledge)}</bdi>
      </span>
      {audience && <span className={`pledge-card__audience pledge-card__audience--${pledge.presence}`}>{audience}</span>}
      {pledge.capacity === 'individual' && pledge.organization && (
        <span className="pledge-card__org">
          <bdi>{pledge.organization}</bdi>
        </span>
      )}
      <span className="pledge-card__capacity">{capacityLine(pledge)}</span>
      <span className="pledge-card__timeframe">{timeframeLine(pledge)}</span>
      {edited && <span className="pledge-card__edited">{t('pledge.edited')}</span>}
    </footer>
  );
}

function Tags({ pledge, themes }: { pledge: Pledge; themes: readonly Theme[] | undefined }) {
  if (pledge.themes.length === 0 && pledge.sdgTargets.length === 0) return null;
  return (
    <ul className="pledge-card__tags" aria-label={`${t('pledge.themes')}, ${t('pledge.sdgTargets')}`}>
      {pledge.themes.map((theme) => (
        <li key={`t-${theme}`} className="pledge-card__tag pledge-card__tag--theme">
          {themeNameOf(themes, theme)}
        </li>
      ))}
      {pledge.sdgTargets.map((code) => (
        <li key={`s-${code}`} className="pledge-card__tag pledge-card__tag--sdg">
          {withLtrCode(t('pledge.sdgTarget', { code }), code)}
        </li>
      ))}
    </ul>
  );
}
