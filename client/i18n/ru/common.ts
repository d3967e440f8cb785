import type { Translation } from '../en';
import type { enCommon } from '../en/common';

/** Общее для всех страниц: приложение, соединение, стартовая страница, обязательства, группы, состояние раунда. */
export const ruCommon = {
  'app.name': 'Pledge Round',
  'app.loading': 'Загрузка…',
  'app.notFound.title': 'Страница не найдена',
  'app.notFound.body': 'Этот адрес не ведёт ни на одну страницу Pledge Round.',
  'app.backHome': 'На стартовую страницу',
  'app.chunkError': 'Не удалось загрузить страницу. Проверьте подключение и обновите страницу.',
  'app.reload': 'Обновить',

  // выбор языка (каждый язык указан под собственным названием)
  'lang.label': 'Язык',

  // соединение
  'conn.connecting': 'Подключение…',
  'conn.online': 'Подключено',
  'conn.offline': 'Соединение потеряно — переподключение…',
  'conn.offlinePhone': 'Соединение потеряно — ваш текст сохранён на этом телефоне. Переподключение…',
  'conn.refused': 'Не удалось подключиться',
  'round.defaultPrompt': 'Прежде чем завершить: какое конкретное обязательство вы возьмёте на себя до следующего ФУИ?',

  // обратный отсчёт
  'countdown.timesUp': 'Время истекло',
  'countdown.aria': 'Осталось: {time}',

  // обязательства
  'pledge.onBehalfOf': 'от имени организации {organization}',
  'pledge.personal': 'в личном качестве',
  'pledge.personalMark': '(в личном качестве)',
  'pledge.anonymous': 'Анонимно',
  'pledge.audience.onsite': 'Аудитория · в зале',
  'pledge.audience.online': 'Аудитория · онлайн',
  'pledge.edited': 'изменено',
  'pledge.themes': 'Темы',
  'theme.data': 'Данные',
  'theme.environment': 'Окружающая среда',
  'theme.inclusion': 'Инклюзивность',
  'theme.trust': 'Доверие',
  'pledge.sdgTargets': 'Задачи ЦУР',
  'pledge.sdgTarget': 'ЦУР {code}',
  'pledge.timeframe.next-igf': 'до следующего ФУИ',
  'pledge.timeframe.date': 'до {date}',
  'pledge.recordOnly': 'Не для публикации',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': 'Конкретные результаты',
  'record.due': 'срок: {date}',
  'record.timeframe.next-igf': 'До следующего ФУИ',
  'record.timeframe.date': 'До {date}',
  'record.field.capacity': 'В каком качестве',
  'record.field.regionalGroup': 'Региональная группа',
  'record.field.timeframe': 'Срок',
  'record.field.partners': 'Партнёры',
  'record.pledge.onBehalfOf': 'От имени организации {organization}',
  'record.pledge.personal': 'В личном качестве',

  // региональные группы
  'region.African Group': 'Группа африканских государств',
  'region.Asia-Pacific Group': 'Группа азиатско-тихоокеанских государств',
  'region.Eastern European Group': 'Группа восточноевропейских государств',
  'region.GRULAC': 'Группа государств Латинской Америки и Карибского бассейна (ГРУЛАК)',
  'region.WEOG': 'Группа западноевропейских и других государств (ГЗЕДГ)',
  'region.Intergovernmental': 'Межправительственные организации',

  // состояние раунда
  'round.draft': 'Раунд ещё не открыт',
  'round.open': 'Раунд открыт',
  'round.closed': 'Раунд закрыт',

  // общие элементы управления
  'copy.copy': 'Копировать',
  'copy.copied': 'Скопировано',
  'copy.label': 'Копировать: {label}',

  // группы заинтересованных сторон
  'group.Government': 'Правительство',
  'group.Private Sector': 'Частный сектор',
  'group.Technical Community': 'Техническое сообщество',
  'group.Intergovernmental Organization': 'Межправительственная организация',
  'group.Civil Society': 'Гражданское общество',
  'group.Academia': 'Научные круги',
  'group.Individual': 'Частное лицо',
} as const satisfies Translation<typeof enCommon>;
