import type { Pledge } from '../../shared/schemas';
import { formatTime, t } from '../i18n';

interface Props {
  pledge: Pledge;
  variant: 'wall' | 'console' | 'phone';
}

/** "on behalf of <org>" or "in a personal capacity": how the commitment is made. */
export function capacityLine(pledge: Pledge): string {
  return pledge.capacity === 'organization' && pledge.organization
    ? t('pledge.onBehalfOf', { organization: pledge.organization })
    : t('pledge.personal');
}

/** Pledge text is always rendered as text; newlines kept by CSS (white-space: pre-line). */
export function PledgeCard({ pledge, variant }: Props) {
  const edited = pledge.edits.length > 0;
  const long = pledge.text.length > 280;
  return (
    <article
      className={`pledge-card pledge-card--${variant}${long ? ' pledge-card--long' : ''}`}
      data-testid={`pledge-${pledge.id}`}
      data-edited={edited || undefined}
    >
      <blockquote className="pledge-card__text">{pledge.text}</blockquote>
      <footer className="pledge-card__meta">
        <span className="pledge-card__name">{pledge.name}</span>
        {pledge.capacity === 'individual' && pledge.organization && (
          <span className="pledge-card__org">{pledge.organization}</span>
        )}
        <span className="pledge-card__capacity">{capacityLine(pledge)}</span>
        {variant === 'console' && (
          <span className="pledge-card__group">{t(`group.${pledge.stakeholderGroup}`)}</span>
        )}
        {variant === 'console' && (
          <time className="pledge-card__time" dateTime={new Date(pledge.updatedAt).toISOString()}>
            {formatTime(pledge.updatedAt)}
          </time>
        )}
        {edited && <span className="pledge-card__edited">{t('pledge.edited')}</span>}
      </footer>
    </article>
  );
}
