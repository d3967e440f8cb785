import type { Translation } from '../en';
import type { enStage } from '../en/stage';

/** Сцена: режимы экрана, фокус, порядок выступлений, последний призыв, поддержка обязательств. */
export const ruStage = {
  'stage.lastCall': 'Последний призыв',
  'stage.lastCall.phone': 'Последний призыв: отправьте обязательство сейчас.',
  'stage.yourTurn': 'Ваша очередь',
  'stage.yourTurn.detail': 'Модератор предоставил вам слово: зачитайте своё обязательство.',
  'stage.speaking': 'Выступает: {name}',
  'stage.support': 'Поддержать',
  'stage.supported': 'Поддержано',
  'stage.support.label': 'Поддержать обязательство: {name}',
  'stage.support.labelAnonymous': 'Поддержать это анонимное обязательство',
  /** Строки, не поместившиеся в список на большом экране. */
  'stage.more': 'и ещё {count}',
  'stage.supporters':
    '{count, plural, one {# поддержавший} few {# поддержавших} many {# поддержавших} other {# поддержавшего}}',
  'stage.support.failed.rate_limited': 'Слишком много нажатий: подождите немного и попробуйте снова.',
  'stage.support.failed.network': 'Не отправлено: сейчас нет соединения.',
  'stage.support.failed.timeout': 'Сервер не ответил: попробуйте снова.',
  'stage.support.failed.pledge_not_found': 'Этого обязательства уже нет на экране.',
  // объявления для программ чтения с экрана (вежливая живая область)
  'wall.announce.pledge': 'Новое обязательство: {name}.',
  'wall.announce.open': 'Раунд открыт.',
  'wall.announce.closed': 'Раунд закрыт.',
  'wall.announce.lastCall': 'Последний призыв: ждём обязательства.',
} as const satisfies Translation<typeof enStage>;
