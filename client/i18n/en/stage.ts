/** The stage (its views' and orders' names are the console's, in ./stage-console.ts): spotlight, speaking order, last call, support for pledges, and what walls and phones read out as it changes. */
export const enStage = {
  'stage.lastCall': 'Last call',
  'stage.lastCall.phone': 'Last call: send your pledge now.',
  'stage.yourTurn': 'Your turn',
  'stage.yourTurn.detail': 'The moderator has called on you: read out your pledge.',
  'stage.speaking': 'Speaking now: {name}',
  'stage.support': 'Support',
  'stage.supported': 'Supported',
  'stage.support.label': 'Support the pledge of {name}',
  'stage.support.labelAnonymous': 'Support this anonymous pledge',
  /** Rows a list on a big screen leaves out for want of room. */
  'stage.more': '+{count} more',
  'stage.supporters': '{count, plural, one {# supporter} other {# supporters}}',
  'stage.support.failed.rate_limited': 'Too many taps: wait a moment, then try again.',
  'stage.support.failed.network': 'Not sent: no connection right now.',
  'stage.support.failed.timeout': 'No answer from the server: try again.',
  'stage.support.failed.pledge_not_found': 'This pledge is no longer on the wall.',
  // announcements for screen readers (a polite live region)
  'wall.announce.pledge': 'New pledge from {name}.',
  'wall.announce.open': 'The round is open.',
  'wall.announce.closed': 'The round is closed.',
  'wall.announce.lastCall': 'Last call for pledges.',
} as const;
