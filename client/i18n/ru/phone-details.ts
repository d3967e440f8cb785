import type { Translation } from '../en';
import type { enPhoneDetails } from '../en/phone-details';

/** Телефон: поля «Подробнее» и выбор задач ЦУР, загружаются вместе с этими полями. */
export const ruPhoneDetails = {
  'phone.form.stakeholderGroupLabel': 'Группа заинтересованных сторон',
  'phone.form.regionalGroupLabel': 'Региональная группа',
  'phone.form.regionalGroup.none': 'Не указана',
  'phone.form.themesLegend': 'Темы',
  'phone.form.themesMax':
    '{max, plural, one {Можно выбрать не более # темы.} few {Можно выбрать не более # тем.} many {Можно выбрать не более # тем.} other {Можно выбрать не более # темы.}}',
  'phone.form.sdgLegend': 'Задачи ЦУР',
  'phone.form.sdgSearchLabel': 'Найти задачу ЦУР по номеру или словам',
  'phone.form.sdgSearchPlaceholder': 'например, 17.16 или партнёрство',
  'phone.form.sdgLoading': 'Загрузка задач ЦУР…',
  'phone.form.sdgUnavailable': 'Не удалось загрузить список задач ЦУР. Когда появится подключение, закройте и снова откройте раздел «Подробнее».',
  'phone.form.sdgNoResults': 'Нет задач, соответствующих запросу «{query}».',
  'phone.form.sdgResults': 'Найденные задачи',
  'phone.form.sdgChosen': 'Выбранные задачи',
  'phone.form.sdgAdd': 'Добавить задачу {code}: {text}',
  'phone.form.sdgRemove': 'Удалить задачу {code}',
  'phone.form.sdgMax':
    '{max, plural, one {Можно выбрать не более # задачи.} few {Можно выбрать не более # задач.} many {Можно выбрать не более # задач.} other {Можно выбрать не более # задачи.}}',
  'phone.form.timeframeLegend': 'Срок',
  'phone.form.timeframe.next-igf': 'До следующего ФУИ',
  'phone.form.timeframe.date': 'К определённой дате',
  'phone.form.timeframeDateLabel': 'Дата',
  'phone.form.visibilityLegend': 'Видимость',
  'phone.form.visibility.public': 'Публично',
  'phone.form.visibility.record': 'Не для публикации',
  'phone.form.visibilityHelp.public': 'Показывается на экране и в открытом реестре.',
  'phone.form.visibilityHelp.record': 'Хранится только в материалах организаторов; на экране не показывается.',
  'phone.form.visibilityLocked': 'Видимость выбирается при отправке обязательства и не может быть изменена.',
  'phone.form.deliverablesLegend': 'Конкретные результаты',
  'phone.form.deliverableText': 'Результат {n}',
  'phone.form.deliverableDue': 'Срок результата {n}',
  'phone.form.deliverableRemove': 'Удалить результат {n}',
  'phone.form.deliverableAdd': 'Добавить результат',
  'phone.form.partnersLegend': 'Партнёры',
  'phone.form.partnerLabel': 'Партнёр {n}',
  'phone.form.partnerRemove': 'Удалить партнёра {n}',
  'phone.form.partnerAdd': 'Добавить партнёра',
  'phone.form.remove': 'Удалить',
} as const satisfies Translation<typeof enPhoneDetails>;
