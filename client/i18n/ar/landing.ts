import type { Translation } from '../en';
import type { enLanding } from '../en/landing';

/** الصفحة الرئيسية (رمز الانضمام، وكيف تسير الجولة): تُحمَّل مع تلك الصفحة. */
export const arLanding = {
  'landing.tagline': 'التزام واحد من كل مشارك، مباشرةً على شاشة العرض.',
  'landing.intro':
    'في ختام الجلسة، يفتح مدير الحوار جولة التعهدات. يكتب كل محاور التزامًا طوعيًا واحدًا على هاتفه، فتظهر التعهدات مباشرةً على الشاشة في القاعة وفي البث.',
  'landing.join.title': 'الانضمام إلى جولة تعهدات',
  'landing.join.label': 'أدخل رمز الانضمام',
  'landing.join.help': 'ستة أحرف أو أرقام، معروضة على الشاشة في القاعة.',
  'landing.join.submit': 'انضمام',
  'landing.join.checking': 'جارٍ التحقق…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': 'يتكوّن رمز الانضمام من ستة أحرف أو أرقام، مثل K7QM4P.',
  'landing.steps.title': 'طريقة العمل',
  'landing.steps.one': 'يفتح مدير الحوار الجولة.',
  'landing.steps.two': 'يكتب كل محاور التزامًا واحدًا على هاتفه.',
  'landing.steps.three': 'تظهر التعهدات على شاشة العرض وتُحفظ للمتابعة.',
  'landing.organizer': 'هل أنت من المنظمين؟ أنشئ الجلسات وأدِرها',
} as const satisfies Translation<typeof enLanding>;
