import type { CreateSessionInput } from '../shared/schemas';

/** A ready-made session modelled on a real IGF workshop, so a newcomer sees a round within a minute. */
export const DEMO_SESSION: CreateSessionInput = {
  code: 'WS #215',
  title: 'Commitments to Action: Closing the Digital Divide',
  panelists: [
    { name: 'Amina Diallo', organization: 'West Africa ICT Alliance', stakeholderGroup: 'Civil Society' },
    { name: 'Kenji Watanabe', organization: 'Ministry of Internal Affairs and Communications', stakeholderGroup: 'Government' },
    { name: 'Lucía Fernández', organization: 'LACNIC', stakeholderGroup: 'Technical Community' },
  ],
};
