import type { Translation } from '../en';
import type { enStageWall } from '../en/stage-wall';

/** Сцена на экране: общие для всех экранов слова — в ./stage.ts. */
export const ruStageWall = {
  // заставка
  'wall.holding.appear': 'Здесь появятся обязательства',
  'wall.holding.join': 'Отсканируйте, чтобы следить с телефона',
  'wall.holding.soFar': 'Уже {pledges}',
  // обратный отсчёт, по окончании которого раунд закрывается
  'wall.countdown.closes': 'Раунд закроется через',
  // фокус
  'wall.spotlight.label': 'В фокусе',
  'wall.spotlight.position': '{index} из {total}',
  // бегущая строка
  'wall.ticker.label': 'Обязательства',
  'wall.ticker.join': 'Подключайтесь: {url}',
  'wall.ticker.empty': 'Здесь появятся обязательства',
  // облако слов
  'wall.cloud.title': 'Обязательства в словах',
  'wall.cloud.list': 'Самые частые слова в обязательствах',
  'wall.cloud.word':
    '{count, plural, one {{word}: # раз} few {{word}: # раза} many {{word}: # раз} other {{word}: # раза}}',
  'wall.cloud.empty': 'Здесь появятся слова из обязательств.',
  // полноэкранная статистика
  'wall.breakdown.title': 'Кто и о чём взял обязательства',
  'wall.breakdown.total': '{count, plural, one {обязательство} few {обязательства} many {обязательств} other {обязательства}}',
  'wall.breakdown.fromPanel': 'От участников дискуссии: {count}',
  'wall.breakdown.fromAudience': 'От аудитории: {count}',
  'wall.breakdown.noThemes': 'Темы пока не выбраны',
  // встраиваемый вид
  'embed.label': 'Обязательства в прямом эфире',
  'embed.empty.draft': 'Обязательства появятся здесь, когда откроется раунд.',
  'embed.empty.open': 'Ожидание первого обязательства…',
  'embed.empty.closed': 'В этом раунде обязательств не поступило.',

  // last call, as the walls say it
  'stage.lastCall.wall': 'Последний призыв: ждём обязательства',
} as const satisfies Translation<typeof enStageWall>;
