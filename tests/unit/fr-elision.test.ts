/**
 * French never puts "de" before a name it does not know: "de IGF 2026" or "de Amina" would need
 * "d’", which depends on the name. Every page phrases those messages so that no elision is needed
 * ("Sessions · IGF 2026", "pris par Amina", "pour Ericsson").
 */
import { frCommon } from '../../client/i18n/fr/common';
import { frConsole } from '../../client/i18n/fr/console';
import { frForum } from '../../client/i18n/fr/forum';
import { frOrganizer } from '../../client/i18n/fr/organizer';
import { frRecord } from '../../client/i18n/fr/record';
import { frStage } from '../../client/i18n/fr/stage';
import { frStageConsole } from '../../client/i18n/fr/stage-console';
import { Messages } from '../../client/i18n/messages';
import { fr } from '../../client/i18n/fr';

const NAMES = /\b(de|que|le|la) \{(name|author|subject|event|session|title|organization)\}/;

test('no French message of the organizer, record or forum puts "de" (or "le", "la", "que") before a name', () => {
  const offending = Object.entries({ ...frOrganizer, ...frRecord, ...frForum }).filter(([, text]) => NAMES.test(text));
  expect(offending).toEqual([]);
});

test('nor does the console, the walls or a pledge card', () => {
  const offending = Object.entries({ ...frConsole, ...frStageConsole, ...frStage, ...frCommon }).filter(([, text]) => NAMES.test(text));
  expect(offending).toEqual([]);
});

test('the programme’s caption reads right whatever the event is called', () => {
  const french = new Messages('fr', fr);
  expect(french.format('org.event.sessionsCaption', { name: 'IGF 2026 Test' })).toBe('Sessions · IGF 2026 Test, dans l’ordre du programme');
});
