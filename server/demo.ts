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
    // As the IGF 2025 page of WS #215 lists them.
    policyQuestions: [
      'How can the multistakeholder model be best sustained and civil society engagement enhanced to promote human-centric, rights-respecting and accountable digital governance?',
      'What role do CSOs and multistakeholder partnerships play in translating global digital governance commitments into practical, actionable solutions on the ground, in line with the needs of communities most vulnerable to or at-risk of digital harm?',
      'How can technology itself be leveraged to support the implementation of digital governance commitments and achieve an inclusive, open and safe digital future for all?',
    ],
  },
  panelists: [
    { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society', regionalGroup: 'African Group' },
    { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government', regionalGroup: 'Asia-Pacific Group' },
    { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community', regionalGroup: 'GRULAC' },
  ],
};
