import type { CreateEventInput, CreateSessionInput } from '../shared/schemas';

/** The event the demo session belongs to, so the registry and dashboard have something to show. */
export const DEMO_EVENT: CreateEventInput = {
  name: 'IGF 2025 (demo)',
  startDate: '2025-06-23',
  endDate: '2025-06-27',
};

/** A ready-made session modelled on a real IGF workshop, so a newcomer sees a round within a minute. */
export const DEMO_SESSION: CreateSessionInput = {
  code: 'WS #215',
  title: 'Commitments to Action: Closing the Digital Divide',
  details: {
    start: '2025-06-24T09:00',
    end: '2025-06-24T10:30',
    room: 'Workshop Room 3',
    format: 'Roundtable',
    moderator: 'Nnenna Nwakanma',
    onlineModerator: 'Paola Galvez',
    rapporteur: 'Ana Neves',
  },
  panelists: [
    { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society', regionalGroup: 'African Group' },
    { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government', regionalGroup: 'Asia-Pacific Group' },
    { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community', regionalGroup: 'GRULAC' },
  ],
};
