/**
 * French never puts "de" before a name it does not know: "de IGF 2026" or "de Amina" would need
 * "d’", which depends on the name. Every page phrases those messages so that no elision is needed
 * ("Sessions · IGF 2026", "pris par Amina", "pour Ericsson").
 */
import { frForum } from '../../client/i18n/fr/forum';
import { frOrganizer } from '../../client/i18n/fr/organizer';
import { frRecord } from '../../client/i18n/fr/record';
import { Messages } from '../../client/i18n/messages';
import { fr } from '../../client/i18n/fr';

const NAMES = /\b(de|que|le|la) \{(name|author|subject|event|session|title|organization)\}/;

test('no French message of the organizer, record or forum puts "de" (or "le", "la", "que") before a name', () => {
  const offending = Object.entries({ ...frOrganizer, ...frRecord, ...frForum }).filter(([, text]) => NAMES.test(text));
  expect(offending).toEqual([]);
});

test('nor does any other French message: the phone, the console, the walls, the pledge cards', () => {
  const offending = Object.entries(fr).filter(([, text]) => NAMES.test(text));
  expect(offending).toEqual([]);
});

test('the programme’s caption reads right whatever the event is called', () => {
  const french = new Messages('fr', fr);
  expect(french.format('org.event.sessionsCaption', { name: 'IGF 2026 Test' })).toBe('Sessions · IGF 2026 Test, dans l’ordre du programme');
});
