import type { Translation } from '../en';
import type { enWallLinks } from '../en/wall-links';

/** Что ссылки на экран или экран форума говорят о его языках (пульт, страницы организатора). */
export const ruWallLinks = {
  'wallLinks.turns': '{kind, select, forum {Экран форума} other {Экран}} по очереди переключается между языками мероприятия: {languages} (каждые {seconds} с).',
  'wallLinks.one': '{kind, select, forum {Экран форума} other {Экран}} показывается на языке мероприятия: {language}.',
  'wallLinks.browser': '{kind, select, forum {Экран форума} other {Экран}} показывается на языке браузера, в котором он открыт.',
  'wallLinks.left': 'Интерфейс не переведён, поэтому не показываются: {languages}.',
  'wallLinks.pins': 'Только один язык',
  'wallLinks.pinsHelp':
    'Каждая ссылка открывает {kind, select, forum {экран форума} other {экран}} на одном языке, и он на нём остаётся: проектор на одном языке или отдельный экран для каждого языка.',
  'wallLinks.forumLink': 'Ссылка на экран форума (главные экраны площадки)',
  'wallLinks.pin': '{kind, select, forum {Экран форума} other {Экран}}: {language}',
} as const satisfies Translation<typeof enWallLinks>;
