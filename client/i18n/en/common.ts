import { DEFAULT_PROMPT } from '../../../shared/domain';

/** English strings every page shares: the app, the connection, pledges, groups, round states, shared controls. */
export const enCommon = {
  'app.name': 'Pledge Round',
  'app.loading': 'Loading…',
  'app.notFound.title': 'Page not found',
  'app.notFound.body': 'This address does not lead anywhere in Pledge Round.',
  'app.backHome': 'Go to the start page',
  'app.chunkError': 'This page could not be loaded. Check your connection and reload.',
  'app.reload': 'Reload',

  // the language picker (each language is listed by its own name)
  'lang.label': 'Language',

  // connection
  'conn.connecting': 'Connecting…',
  'conn.online': 'Connected',
  'conn.offline': 'Connection lost — reconnecting…',
  'conn.offlinePhone': 'Connection lost — your text is kept on this phone. Reconnecting…',
  'conn.refused': 'Could not connect',

  // a round's standard question, shown in each page's language (client/prompt.ts)
  'round.defaultPrompt': DEFAULT_PROMPT,

  // countdown
  'countdown.timesUp': 'Time’s up',
  'countdown.aria': '{time} remaining',

  // pledges
  'pledge.onBehalfOf': 'on behalf of {organization}',
  'pledge.personal': 'in a personal capacity',
  /** After the author's name on walls, when they named an organization but pledge for themselves. */
  'pledge.personalMark': '(personal capacity)',
  'pledge.anonymous': 'Anonymous',
  'pledge.audience.onsite': 'Audience · in the room',
  'pledge.audience.online': 'Audience · online',
  'pledge.edited': 'edited',
  'pledge.themes': 'Themes',
  'theme.data': 'Data',
  'theme.environment': 'Environment',
  'theme.inclusion': 'Inclusion',
  'theme.trust': 'Trust',
  'pledge.sdgTargets': 'SDG targets',
  'pledge.sdgTarget': 'SDG {code}',
  'pledge.timeframe.next-igf': 'until the next IGF',
  'pledge.timeframe.date': 'by {date}',
  'pledge.recordOnly': 'Record only',

  // the pledge’s record, as the phone’s preview and the record pages show it
  'record.deliverables': 'Deliverables',
  'record.due': 'due {date}',
  'record.timeframe.next-igf': 'Until the next IGF',
  'record.timeframe.date': 'By {date}',
  'record.field.capacity': 'Capacity',
  'record.field.regionalGroup': 'Regional group',
  'record.field.timeframe': 'Timeframe',
  'record.field.partners': 'Partners',
  'record.pledge.onBehalfOf': 'On behalf of {organization}',
  'record.pledge.personal': 'In a personal capacity',

  // regional groups
  'region.African Group': 'African Group',
  'region.Asia-Pacific Group': 'Asia-Pacific Group',
  'region.Eastern European Group': 'Eastern European Group',
  'region.GRULAC': 'Latin American and Caribbean Group (GRULAC)',
  'region.WEOG': 'Western European and Others Group (WEOG)',
  'region.Intergovernmental': 'Intergovernmental',

  // round states
  'round.draft': 'Round not open yet',
  'round.open': 'Round open',
  'round.closed': 'Round closed',

  // shared controls
  'copy.copy': 'Copy',
  'copy.copied': 'Copied',
  'copy.label': 'Copy {label}',

  // stakeholder groups
  'group.Government': 'Government',
  'group.Private Sector': 'Private Sector',
  'group.Technical Community': 'Technical Community',
  'group.Intergovernmental Organization': 'Intergovernmental Organization',
  'group.Civil Society': 'Civil Society',
  'group.Academia': 'Academia',
  'group.Individual': 'Individual',
} as const;
