import type { Translation } from '../en';
import type { enStagePhone } from '../en/stage-phone';

/** La scène sur le téléphone (les mots communs à tous les écrans : ./stage.ts). */
export const frStagePhone = {
  'phone.lastCall.edit': 'Dernier appel : enregistrez vos modifications maintenant.',
  'phone.lastCall.sent': 'Dernier appel : le tour va bientôt se clore. Votre engagement est enregistré ; vous pouvez encore le modifier d’ici là.',
  'phone.timer.closesIn': 'Clôture dans',
  'phone.timer.autoClose': 'Le tour se clôt de lui-même à la fin du compte à rebours.',
  'phone.timer.stillOpen': 'Temps écoulé · vous pouvez encore envoyer votre engagement maintenant',
} as const satisfies Translation<typeof enStagePhone>;
