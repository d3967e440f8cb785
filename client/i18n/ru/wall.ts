import type { Translation } from '../en';
import type { enWall } from '../en/wall';

/** Экран: блок для подключения, состояние раунда, счётчики (его режимы: ./stage-wall.ts). */
export const ruWall = {
  'wall.title': 'Экран',
  'wall.joinAt': 'Адрес для подключения',
  'wall.joinCode': 'Код',
  'wall.qrAlt': 'QR-код со ссылкой на страницу подключения',
  'wall.state.draft': 'Раунд скоро откроется',
  'wall.state.open': 'Приём обязательств открыт',
  'wall.state.closed': 'Раунд закрыт — спасибо',
  'wall.state.timeUpOpen': 'Время вышло · последние обязательства ещё поступают',
  'wall.state.timeUpClosing': 'Время вышло · раунд закрывается',
  'wall.empty.open': 'Ожидание первого обязательства…',
  'wall.empty.draft': 'Здесь появятся обязательства участников дискуссии.',
  'wall.empty.draftHint': 'Отсканируйте код или откройте ссылку, чтобы следить за раундом на телефоне — в зале или онлайн.',
  'wall.empty.closed': 'В этом раунде обязательств не поступило.',
  'wall.fullscreen': 'Во весь экран',
  'wall.pledgesLabel': 'Обязательства',
  'wall.page': 'Страница {page} из {pages}',
  'wall.byGroup': 'По группам заинтересованных сторон',
  'wall.byTheme': 'По темам',
  'wall.pledges':
    '{count, plural, one {# обязательство} few {# обязательства} many {# обязательств} other {# обязательства}}',
  'wall.panelists':
    '{count, plural, one {# участник дискуссии} few {# участника дискуссии} many {# участников дискуссии} other {# участника дискуссии}}',
  'wall.counter': '{pledges} · {panelists}',
  'wall.audience': 'Присоединились: {onsite} · {online}',
  'wall.audience.onsite': '{count, plural, one {# в зале} few {# в зале} many {# в зале} other {# в зале}}',
  'wall.audience.online': '{count, plural, one {# онлайн} few {# онлайн} many {# онлайн} other {# онлайн}}',
  'error.own_pledge': 'Это ваше собственное обязательство: его поддерживают другие участники.',
} as const satisfies Translation<typeof enWall>;
