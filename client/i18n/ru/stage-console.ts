import type { Translation } from '../en';
import type { enStageConsole } from '../en/stage-console';

/** Сцена в консоли: общие для всех экранов слова — в ./stage.ts. */
export const ruStageConsole = {
  // the wall views and orders, by name (also in the activity log)
  'stage.view.auto': 'Автоматически',
  'stage.view.holding': 'Заставка',
  'stage.view.grid': 'Сетка обязательств',
  'stage.view.spotlight': 'В фокусе',
  'stage.view.ticker': 'Бегущая строка',
  'stage.view.cloud': 'Облако слов',
  'stage.view.breakdown': 'Статистика',
  'stage.order.time': 'По мере поступления',
  'stage.order.speakers': 'В порядке выступлений',
  // карточка фокуса
  'console.spotlight.title': 'В фокусе',
  'console.spotlight.onWalls': 'Сейчас на экранах',
  'console.spotlight.none':
    'В фокусе ничего нет. Нажмите «В фокус» у обязательства ниже или «Следующее», чтобы начать с первого.',
  'console.spotlight.noPledges': 'На экранах пока нет обязательств. В фокус можно вывести показанные публичные обязательства.',
  'console.spotlight.gone': 'Обязательства, бывшего в фокусе, больше нет на экранах. Выберите другое или снимите фокус.',
  'console.spotlight.position': '{index} из {count}',
  'console.spotlight.previous': 'Предыдущее',
  'console.spotlight.next': 'Следующее',
  'console.spotlight.previousOf': 'Предыдущее: {name}',
  'console.spotlight.nextOf': 'Следующее: {name}',
  'console.spotlight.first': 'Следующее (первое): {name}',
  'console.spotlight.clear': 'Снять',
  'console.spotlight.clearLabel': 'Снять фокус',
  'console.spotlight.rotate': 'Переключать автоматически',
  'console.spotlight.rotate.off': 'Выкл.: до ручного переключения',
  'console.spotlight.rotate.every':
    '{count, plural, =1 {Каждую секунду} one {Каждую # секунду} few {Каждые # секунды} many {Каждые # секунд} other {Каждые # секунды}}',
  'console.spotlight.announce': 'В фокусе: {pledge}',
  'console.spotlight.announceOff': 'Фокус снят.',
  'console.spotlight.button': 'В фокус',
  'console.spotlight.buttonLabel': 'Вывести в фокус обязательство: {author}',
  'console.spotlight.tag': 'В фокусе',
  'console.spotlight.elsewhere':
    'Сейчас на экранах режим «{view}»: чтобы показать это обязательство, переключите их в режим «В фокусе» или «Автоматически».',

  // карточка экранов
  'console.walls.title': 'Экраны',
  'console.walls.now': 'Сейчас на экранах: {view}',
  'console.walls.nowAuto': 'Сейчас на экранах: {view} (автоматически)',
  'console.walls.view': 'Что показывают экраны',
  'console.walls.order': 'Порядок заполнения сетки',
  'console.walls.help': 'Сразу применяется ко всем экранам, открытым по обычной ссылке на экран.',
  'console.walls.saving': 'Переключение экранов…',
  'console.walls.saved': 'Экраны переключены',
  'console.walls.links': 'Ссылки на отдельные режимы (OBS, встраивание)',
  'console.walls.linksHelp': 'Экран, открытый по одной из этих ссылок, всегда показывает свой режим, что бы ни было выбрано выше.',
  'console.walls.link': 'Экран: {view}',
  'console.walls.link.ticker': 'Бегущая строка для OBS (источник «Браузер»)',
  'console.walls.link.embed': 'Встроить в веб-страницу',

  // порядок выступлений участников дискуссии
  'console.order.help': 'В порядке выступлений: перетащите строку за маркер или используйте стрелки.',
  'console.order.position': 'Позиция {position} из {count}',
  'console.order.up': 'Выше',
  'console.order.down': 'Ниже',
  'console.order.upLabel': 'Переместить выше: {name}',
  'console.order.downLabel': 'Переместить ниже: {name}',
  'console.order.drag': 'Перетащите, чтобы изменить порядок',
  'console.order.moved': '{name}: теперь позиция {position} из {count}',
  'console.order.saving': 'Сохранение порядка выступлений…',
  'console.call.next': 'Следующий',
  'console.call.nextOf': 'Следующий: {name}',
  'console.call.end': 'Слово предоставлено всем по порядку выступлений.',
  'console.call.call': 'Дать слово',
  'console.call.callLabel': 'Предоставить слово: {name}',
  'console.call.endTurn': 'Завершить',
  'console.call.endTurnLabel': 'Завершить выступление: {name}',
  'console.call.speaking': 'Выступает',
  'console.call.speakingLast': 'Выступает: {name} (последнее выступление)',
  'console.call.nobody': 'Слово никому не предоставлено.',

  // раунд: последний призыв и закрывающий его отсчёт
  'console.lastCall.button': 'Последний призыв',
  'console.lastCall.again': 'Повторить последний призыв',
  'console.lastCall.at': 'Последний призыв объявлен в {time}',
  'console.lastCall.help': 'Телефоны и экраны показывают «Последний призыв: ждём обязательства».',
  'console.lastCall.closed': 'Только для открытого раунда.',
  'console.countdown.autoClose': 'Закрыть раунд по окончании отсчёта',
  'console.countdown.closesIn': 'Раунд закроется через',
} as const satisfies Translation<typeof enStageConsole>;
