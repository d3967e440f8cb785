import { routes } from '../../../shared/http';
import type { EventInfo } from '../../../shared/schemas';
import { CopyField } from '../../components/CopyField';
import { WallLanguages } from '../../components/WallLanguages';
import { t } from '../../i18n';

/** The event's forum wall, for the venue's main screens: its link, its languages, its links in one language. */
export function ForumLinks({ event }: { event: Pick<EventInfo, 'id' | 'languages'> }) {
  const url = `${location.origin}${routes.forum(event.id)}`;
  return (
    <div className="event-summary__forum" data-testid="event-forum">
      <CopyField label={t('wallLinks.forumLink')} value={url} testId="forum-link" />
      <WallLanguages url={url} languages={event.languages} kind="forum" testId="forum-languages" />
    </div>
  );
}
