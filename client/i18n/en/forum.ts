/** English strings of the forum wall: one wall per event, on the venue's main screens. */
export const enForum = {
  'forum.title': 'Forum wall',
  'forum.organizerLink': 'Forum wall',
  'forum.pledgesWord': '{count, plural, one {pledge} other {pledges}}',
  'forum.fromSessions': '{count, plural, one {from # session} other {from # sessions}}',
  'forum.newest': 'Newest pledges',
  'forum.totals': 'Totals',
  'forum.bySession': 'By session',
  'forum.byGroup': 'By stakeholder group',
  'forum.byTheme': 'By theme',
  'forum.empty': 'Pledges from every session will appear here as they are made.',
  'forum.badAddress': 'This forum wall’s address is not valid. Open it again from the organizer’s event page.',
  'forum.announce.one': 'New pledge from {name}, {session}: {text}',
  'forum.announce.many':
    '{count, plural, one {# new pledge, the newest from {name}, {session}: {text}} other {# new pledges, the newest from {name}, {session}: {text}}}',
} as const;
