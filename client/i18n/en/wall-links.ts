/**
 * What the links to a wall or the forum wall say about its languages (console, organizer pages):
 * `kind` is `wall` or `forum`.
 */
export const enWallLinks = {
  'wallLinks.turns': '{kind, select, forum {The forum wall} other {The wall}} takes turns in the event’s languages: {languages} (every {seconds} s).',
  'wallLinks.one': '{kind, select, forum {The forum wall} other {The wall}} shows in the event’s language: {language}.',
  'wallLinks.browser': '{kind, select, forum {The forum wall} other {The wall}} shows in the language of the browser that opens it.',
  'wallLinks.left': 'No translation of the interface, so not shown in: {languages}.',
  'wallLinks.pins': 'One language only',
  'wallLinks.pinsHelp':
    'Each link opens {kind, select, forum {the forum wall} other {the wall}} in one language, and it stays in it: a projector in one language, or one screen per language.',
  'wallLinks.forumLink': 'Forum wall link (the venue’s main screens)',
  'wallLinks.pin': '{kind, select, forum {Forum wall} other {Wall}}: {language}',
} as const;
