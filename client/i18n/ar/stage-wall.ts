import type { Translation } from '../en';
import type { enStageWall } from '../en/stage-wall';

/** المنصة على شاشة العرض: انظر ./stage.ts للكلمات المشتركة بين كل الشاشات. */
export const arStageWall = {
  // شاشة الانتظار
  'wall.holding.appear': 'ستظهر التعهدات هنا',
  'wall.holding.join': 'امسح الرمز للمتابعة على هاتفك',
  'wall.holding.soFar': '{pledges} حتى الآن',
  // عد تنازلي تُغلق الجولة بانتهائه
  'wall.countdown.closes': 'تُغلق الجولة بعد',
  // تسليط الضوء
  'wall.spotlight.label': 'تحت الضوء',
  'wall.spotlight.position': '{index} من {total}',
  // الشريط المتحرك
  'wall.ticker.label': 'التعهدات',
  'wall.ticker.join': 'للانضمام: {url}',
  'wall.ticker.empty': 'ستظهر التعهدات هنا',
  // سحابة الكلمات
  'wall.cloud.title': 'التعهدات بكلمات أصحابها',
  'wall.cloud.list': 'الكلمات الأكثر ورودًا في التعهدات',
  'wall.cloud.word':
    '{count, plural, zero {{word}: # مرة} one {{word}: مرة واحدة} two {{word}: مرتان} few {{word}: # مرات} many {{word}: # مرة} other {{word}: # مرة}}',
  'wall.cloud.empty': 'ستظهر هنا كلمات التعهدات.',
  // التوزيع على كامل الشاشة
  'wall.breakdown.title': 'من تعهّد، وبماذا',
  'wall.breakdown.total': '{count, plural, zero {تعهد} one {تعهد} two {تعهدان} few {تعهدات} many {تعهدًا} other {تعهد}}',
  'wall.breakdown.fromPanel': '{count} من المحاورين',
  'wall.breakdown.fromAudience': '{count} من الجمهور',
  'wall.breakdown.noThemes': 'لم تُختر أي مواضيع بعد',
  // العرض القابل للتضمين
  'embed.label': 'التعهدات مباشرةً',
  'embed.empty.draft': 'ستظهر التعهدات هنا عند فتح الجولة.',
  'embed.empty.open': 'في انتظار التعهد الأول…',
  'embed.empty.closed': 'لم تُقدَّم أي تعهدات في هذه الجولة.',

  // last call, as the walls say it
  'stage.lastCall.wall': 'النداء الأخير لتقديم التعهدات',
} as const satisfies Translation<typeof enStageWall>;
