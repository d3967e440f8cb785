/** English strings of the phone: invites, admission, audience, moderation status (spread into ./index.ts). */
export const enPhoneRoom = {
  // joining: the two ways in
  'phone.join.title': 'How are you taking part?',
  'phone.join.audience': 'I’m in the audience',
  'phone.join.audienceHint': 'Follow the pledges live, in the room or online, and add your own when the round is open to the audience.',
  'phone.join.panel': 'I’m on the panel',
  'phone.join.panelHint': 'Pick your name; the moderator lets you in.',
  'phone.join.back': 'Back',

  // joining the audience
  'phone.audience.joinTitle': 'Join the audience',
  'phone.audience.presenceLegend': 'Where are you following the session?',
  'phone.audience.presence.onsite': 'In the room',
  'phone.audience.presence.online': 'Online',
  'phone.audience.presenceMissing': 'Choose whether you are in the room or online.',
  'phone.audience.nameLabel': 'Your name (optional)',
  'phone.audience.organizationLabel': 'Your organization (optional)',
  'phone.audience.anonymousHint': 'Leave them empty to stay anonymous on the wall.',
  'phone.audience.join': 'Join the audience',
  'phone.audience.joining': 'Joining…',

  // the audience's phone
  'phone.audience.youAre': 'In the audience · {presence} · {name}',
  'phone.audience.youAreAnonymous': 'In the audience · {presence} · Anonymous',
  'phone.audience.waitingBody': 'The moderator will open the round shortly. Keep this page open: the question and the pledges appear here by themselves.',
  'phone.audience.panelOnlyTitle': 'Only the panel pledges in this round',
  'phone.audience.panelOnlyBody': 'Follow the panel’s pledges below as they reach the wall.',
  'phone.audience.panelOnlyDraft': 'Your text is kept on this phone, in case the moderator opens the round to the audience.',
  'phone.audience.closedNone': 'Thank you for following the round.',
  'phone.audience.listTitle': 'On the wall',
  'phone.audience.listEmpty.draft': 'Pledges appear here as soon as they reach the wall.',
  'phone.audience.listEmpty.open': 'No pledges on the wall yet.',
  'phone.audience.listEmpty.closed': 'No pledges reached the wall in this round.',
  'phone.audience.yours': 'Yours',
  'phone.audience.panelist': 'Panel',
  'phone.audience.roundState.draft': 'Round not open yet',
  'phone.audience.roundState.open': 'Round open',

  // asking the moderator for a seat
  'phone.seat.confirmTitle': 'Join as {name}?',
  'phone.seat.confirmBody': 'The moderator checks that it is you and lets you in. Nothing is posted in your name until then.',
  'phone.seat.ask': 'Ask the moderator to let you in',
  'phone.seat.asking': 'Asking…',
  'phone.seat.notMe': 'Pick another name',
  'phone.seat.waitingTitle': 'Waiting for the moderator to let you in as {name}',
  'phone.seat.waitingBody': 'Keep this page open: you are taken in as soon as the moderator says yes.',
  'phone.seat.waitingTaken': 'Another device is signed in with this name. If the moderator lets you in, that device is signed out.',
  'phone.seat.refusedTitle': 'The moderator did not let you in as {name}',
  'phone.seat.refusedBody': 'If this is your name, ask again or speak to the moderator. You can also follow the round in the audience.',
  'phone.seat.askAgain': 'Ask again',
  'phone.seat.audienceInstead': 'Join the audience instead',
  'phone.seat.taking': 'Taking your seat as {name}…',
  'phone.seat.takingSomeone': 'Taking your seat…',
  'phone.seat.retry': 'Try again',

  // a personal invite link that was replaced
  'phone.invite.replacedTitle': 'This invite link has been replaced',
  'phone.invite.replacedBody': 'The moderator made a new link for {name}. Ask the moderator to let you in, or ask them for the new link.',
  'phone.invite.otherWays': 'Other ways to join',

  // the moderators' answer to a pledge
  'phone.preview.moderated': 'A moderator checks it before it appears on the wall.',
  'phone.status.rejected.reason': 'The moderator’s reason',
} as const;
