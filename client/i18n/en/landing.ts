/** English strings of the start page (the join code, how a round works): loaded with that page. */
export const enLanding = {
  'landing.tagline': 'One commitment each, live on the wall.',
  'landing.intro':
    'At the end of a session, the moderator opens a pledge round. Each panelist types one voluntary commitment on their phone, and the pledges appear live on the screen in the room and on the stream.',
  'landing.join.title': 'Join a pledge round',
  'landing.join.label': 'Enter the join code',
  'landing.join.help': 'Six characters, shown on the screen in the room.',
  'landing.join.submit': 'Join',
  'landing.join.checking': 'Checking…',
  'landing.join.placeholder': 'K7QM4P',
  'landing.join.invalid': 'A join code has six letters or digits, for example K7QM4P.',
  'landing.steps.title': 'How it works',
  'landing.steps.one': 'The moderator opens the round.',
  'landing.steps.two': 'Each panelist writes one commitment on their phone.',
  'landing.steps.three': 'Pledges appear on the wall and are kept for follow-up.',
  'landing.organizer': 'Organizer? Create and manage sessions',
} as const;
