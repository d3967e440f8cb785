import type { Translation } from '../en';
import type { enPhoneRoom } from '../en/phone-room';

/** Телефон: приглашения, допуск, аудитория, результат модерации. */
export const ruPhoneRoom = {
  // подключение: два способа
  'phone.join.title': 'Как вы участвуете?',
  'phone.join.audience': 'Я в аудитории',
  'phone.join.audienceHint':
    'Следите за обязательствами в прямом эфире, в зале или онлайн, и добавьте своё, когда раунд откроют для аудитории.',
  'phone.join.panel': 'Я участник дискуссии',
  'phone.join.panelHint': 'Выберите своё имя; модератор допустит вас.',
  'phone.join.back': 'Назад',

  // подключение к аудитории
  'phone.audience.joinTitle': 'Присоединиться к аудитории',
  'phone.audience.presenceLegend': 'Где вы следите за сессией?',
  'phone.audience.presence.onsite': 'В зале',
  'phone.audience.presence.online': 'Онлайн',
  'phone.audience.presenceMissing': 'Укажите, находитесь ли вы в зале или участвуете онлайн.',
  'phone.audience.nameLabel': 'Ваше имя (необязательно)',
  'phone.audience.organizationLabel': 'Ваша организация (необязательно)',
  'phone.audience.anonymousHint': 'Оставьте поля пустыми, чтобы остаться на экране анонимным.',
  'phone.audience.join': 'Присоединиться к аудитории',
  'phone.audience.joining': 'Подключение…',

  // телефон слушателя
  'phone.audience.youAre': 'Аудитория · {presence} · {name}',
  'phone.audience.youAreAnonymous': 'Аудитория · {presence} · Анонимно',
  'phone.audience.waitingBody':
    'Модератор скоро откроет раунд. Не закрывайте эту страницу: вопрос и обязательства появятся здесь автоматически.',
  'phone.audience.panelOnlyTitle': 'В этом раунде обязательства берут только участники дискуссии',
  'phone.audience.panelOnlyBody': 'Ниже — обязательства участников дискуссии по мере их появления на экране.',
  'phone.audience.panelOnlyDraft': 'Ваш текст сохранён на этом телефоне на случай, если модератор откроет раунд для аудитории.',
  'phone.audience.closedNone': 'Спасибо, что следили за раундом.',
  'phone.audience.listTitle': 'На экране',
  'phone.audience.listEmpty.draft': 'Обязательства появятся здесь, как только они будут выведены на экран.',
  'phone.audience.listEmpty.open': 'На экране пока нет обязательств.',
  'phone.audience.listEmpty.closed': 'В этом раунде на экран не было выведено ни одного обязательства.',
  'phone.audience.yours': 'Ваше',
  'phone.audience.panelist': 'Участник дискуссии',
  'phone.audience.roundState.draft': 'Раунд ещё не открыт',
  'phone.audience.roundState.open': 'Раунд открыт',

  // запрос места у модератора
  'phone.seat.confirmTitle': 'Войти как {name}?',
  'phone.seat.confirmBody': 'Модератор проверит, что это вы, и допустит вас. До этого от вашего имени ничего не публикуется.',
  'phone.seat.ask': 'Попросить модератора допустить меня',
  'phone.seat.asking': 'Запрос отправляется…',
  'phone.seat.notMe': 'Выбрать другое имя',
  'phone.seat.waitingTitle': 'Ожидание допуска модератором: {name}',
  'phone.seat.waitingBody': 'Не закрывайте эту страницу: вы войдёте, как только модератор даст согласие.',
  'phone.seat.waitingTaken':
    'Под этим именем уже подключено другое устройство. Если модератор допустит вас, это устройство будет отключено.',
  'phone.seat.refusedTitle': 'Модератор не допустил вас под именем {name}',
  'phone.seat.refusedBody':
    'Если это ваше имя, попросите ещё раз или обратитесь к модератору. Вы также можете следить за раундом в составе аудитории.',
  'phone.seat.askAgain': 'Попросить ещё раз',
  'phone.seat.audienceInstead': 'Присоединиться к аудитории',
  'phone.seat.taking': 'Вход под именем {name}…',
  'phone.seat.takingSomeone': 'Вход…',
  'phone.seat.retry': 'Повторить попытку',

  // заменённая персональная ссылка-приглашение
  'phone.invite.replacedTitle': 'Эта ссылка-приглашение заменена',
  'phone.invite.replacedBody':
    'Модератор создал новую ссылку для места {name}. Попросите модератора допустить вас или прислать новую ссылку.',
  'phone.invite.otherWays': 'Другие способы подключиться',

  // решение модераторов по обязательству
  'phone.preview.moderated': 'Перед выводом на экран его проверит модератор.',
  'phone.status.rejected.reason': 'Причина, указанная модератором',
} as const satisfies Translation<typeof enPhoneRoom>;
