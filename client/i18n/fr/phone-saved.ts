import type { Translation } from '../en';
import type { enPhoneSaved } from '../en/phone-saved';

/** Le téléphone : l’engagement enregistré, où il en est auprès des modérateurs, son lien de suivi. Chargé une fois le formulaire affiché. */
export const frPhoneSaved = {
  'phone.confirm.body': 'Il est maintenant sur le mur. Vous pouvez le modifier jusqu’à ce que le modérateur clôture le tour.',
  'phone.confirm.bodyRecord':
    'Seuls les organisateurs le verront ; il ne s’affiche pas sur le mur. Vous pouvez le modifier jusqu’à ce que le modérateur clôture le tour.',
  'phone.confirm.edit': 'Modifier',
  'phone.timer.stillEditable': 'Temps écoulé · vous pouvez encore modifier votre engagement tant que le tour est ouvert',
  'phone.followUp.title': 'Suivre votre engagement',
  'phone.followUp.body':
    'Au cours de l’année, utilisez ce lien privé pour indiquer où en est votre engagement. Gardez-le pour vous : toute personne qui a le lien peut rendre compte de votre engagement.',
  'phone.followUp.linkLabel': 'Votre lien de suivi privé',
  'phone.followUp.open': 'Ouvrir',
  'phone.followUp.openLabel': 'Ouvrir votre page de suivi',
  'phone.followUp.qrAlt': 'Code QR de votre lien de suivi privé',
  'phone.followUp.qrHint': 'Scannez-le avec un autre appareil, ou copiez le lien en lieu sûr.',
  'phone.followUp.qrLoading': 'Création du code QR…',
  'phone.followUp.missing': 'Ce téléphone n’a pas le lien de suivi de votre engagement.',
  'phone.followUp.get': 'Obtenir mon lien de suivi',
  'phone.followUp.getting': 'Obtention de votre lien…',
  'phone.followUp.replaces': 'Vous recevez un nouveau lien ; tout lien antérieur vers cet engagement cesse de fonctionner.',
  'phone.followUp.renewed': 'Voici votre nouveau lien de suivi. Tout lien antérieur ne fonctionne plus.',
  'phone.status.pending.title': 'En attente du modérateur',
  'phone.status.pending.body': 'Votre engagement est enregistré. Un modérateur le vérifie avant qu’il n’apparaisse sur le mur ; vous pouvez encore le modifier jusqu’à la clôture du tour.',
  'phone.status.rejected.title': 'Le modérateur vous a renvoyé votre engagement',
  'phone.status.rejected.body': 'Modifiez-le et renvoyez-le : il repart vers le modérateur.',
  'phone.status.rejected.edit': 'Modifier et renvoyer',
  'phone.status.hidden.title': 'Retiré du mur',
  'phone.status.hidden.body': 'Les modérateurs ont retiré votre engagement du mur. Si vous le modifiez, il leur est de nouveau soumis.',
  'phone.status.pending.bodyRecord': 'Votre engagement est enregistré. Un modérateur le relit avant qu’il n’entre dans le registre de l’événement (il ne va jamais sur le mur) ; vous pouvez encore le modifier jusqu’à la clôture du tour.',
  'phone.status.rejected.bodyRecord': 'Il n’est pas dans le registre de l’événement. Modifiez-le et renvoyez-le : il repart vers le modérateur.',
  'phone.status.hidden.titleRecord': 'Retiré du registre',
  'phone.status.hidden.bodyRecord': 'Les modérateurs ont retiré votre engagement du registre de l’événement, il n’aura donc pas de suivi. Si vous le modifiez, il leur est de nouveau soumis.',
  'phone.status.note.pendingRecord': 'En attente du modérateur : il entrera dans le registre une fois approuvé.',
  'phone.status.note.rejectedRecord': 'Le modérateur l’a renvoyé ; il n’est donc pas dans le registre.',
  'phone.status.note.hiddenRecord': 'Les modérateurs l’ont retiré du registre.',
} as const satisfies Translation<typeof enPhoneSaved>;
