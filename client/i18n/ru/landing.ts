import type { Translation } from '../en';
import type { enLanding } from '../en/landing';

/** Стартовая страница (код для входа, как проходит раунд): загружается вместе с ней. */
export const ruLanding = {
  'landing.tagline': 'Одно обязательство от каждого — в прямом эфире на экране.',
  'landing.intro':
    'В конце сессии модератор открывает раунд обязательств. Каждый участник дискуссии вводит на своём телефоне одно добровольное обязательство, и обязательства сразу появляются на экране в зале и в трансляции.',
  'landing.join.title': 'Подключиться к раунду обязательств',
  'landing.join.label': 'Введите код подключения',
  'landing.join.help': 'Шесть символов, показанных на экране в зале.',
  'landing.join.submit': 'Подключиться',
  'landing.join.checking': 'Проверка…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': 'Код подключения состоит из шести букв или цифр, например K7QM4P.',
  'landing.steps.title': 'Как это работает',
  'landing.steps.one': 'Модератор открывает раунд.',
  'landing.steps.two': 'Каждый участник дискуссии пишет на телефоне одно обязательство.',
  'landing.steps.three': 'Обязательства появляются на экране и сохраняются для последующего контроля выполнения.',
  'landing.organizer': 'Вы организатор? Создавайте сессии и управляйте ими',
} as const satisfies Translation<typeof enLanding>;
