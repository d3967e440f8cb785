import type { Translation } from '../en';
import type { enForum } from '../en/forum';

/** Экран форума: один экран на мероприятие, на главных экранах площадки. */
export const ruForum = {
  'forum.title': 'Экран форума',
  'forum.organizerLink': 'Экран форума',
  'forum.pledgesWord': '{count, plural, one {обязательство} few {обязательства} many {обязательств} other {обязательства}}',
  'forum.fromSessions': '{count, plural, one {из # сессии} few {из # сессий} many {из # сессий} other {из # сессии}}',
  'forum.newest': 'Новые обязательства',
  'forum.totals': 'Итоги',
  'forum.bySession': 'По сессиям',
  'forum.byGroup': 'По группам заинтересованных сторон',
  'forum.byTheme': 'По темам',
  'forum.empty': 'Здесь будут появляться обязательства, принятые на всех сессиях.',
  'forum.badAddress': 'Неверный адрес экрана форума. Откройте его заново со страницы мероприятия в разделе организатора.',
  'forum.announce.one': 'Новое обязательство: {name}, {session}: {text}',
  'forum.announce.many':
    '{count, plural, one {# новое обязательство, последнее — {name}, {session}: {text}} few {# новых обязательства, последнее — {name}, {session}: {text}} many {# новых обязательств, последнее — {name}, {session}: {text}} other {# нового обязательства, последнее — {name}, {session}: {text}}}',
} as const satisfies Translation<typeof enForum>;
