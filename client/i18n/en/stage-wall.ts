/** The stage on the wall: see ./stage.ts for the words every screen shares. */
export const enStageWall = {
  // holding screen
  'wall.holding.appear': 'Pledges will appear here',
  'wall.holding.join': 'Scan to follow on your phone',
  'wall.holding.soFar': '{pledges} so far',
  // a countdown whose end closes the round
  'wall.countdown.closes': 'Round closes in',
  // spotlight
  'wall.spotlight.label': 'Spotlight',
  'wall.spotlight.position': '{index} of {total}',
  // ticker
  'wall.ticker.label': 'Pledges',
  'wall.ticker.join': 'Join: {url}',
  'wall.ticker.empty': 'Pledges will appear here',
  // word cloud
  'wall.cloud.title': 'The pledges in their words',
  'wall.cloud.list': 'Most used words in the pledges',
  'wall.cloud.word': '{count, plural, one {{word}: # time} other {{word}: # times}}',
  'wall.cloud.empty': 'The words of the pledges will appear here.',
  // full-screen breakdown
  'wall.breakdown.title': 'Who pledged, and on what',
  'wall.breakdown.total': '{count, plural, one {pledge} other {pledges}}',
  'wall.breakdown.fromPanel': '{count} from the panel',
  'wall.breakdown.fromAudience': '{count} from the audience',
  'wall.breakdown.noThemes': 'No themes chosen yet',
  // the embeddable view
  'embed.label': 'Live pledges',
  'embed.empty.draft': 'The pledges will appear here once the round opens.',
  'embed.empty.open': 'Waiting for the first pledge…',
  'embed.empty.closed': 'No pledges were made in this round.',

  // last call, as the walls say it
  'stage.lastCall.wall': 'Last call for pledges',
} as const;
