import { cleanText, createSessionSchema, handshakeSchema, joinCodeSchema, pledgeContentSchema } from '../../shared/schemas';
import { newJoinCode, secretMatches, hashSecret, newSecret } from '../../server/security';
import { JOIN_CODE_ALPHABET, LIMITS } from '../../shared/domain';
import { policyQuestionLines } from '../../shared/text';

const ID = '3f0c8f0e-8d47-4a8e-9a55-0d6f6b9f2a11';

describe('pledge validation', () => {
  test('text must be 10 to 600 characters after cleaning', () => {
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'too short', capacity: 'individual' }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: '   short    ', capacity: 'individual' }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'x'.repeat(601), capacity: 'individual' }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'x'.repeat(600), capacity: 'individual' }).success).toBe(true);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'Ten chars!', capacity: 'individual' }).success).toBe(true);
  });

  test('id must be a UUID, capacity one of two, no unknown keys', () => {
    expect(pledgeContentSchema.safeParse({ id: 'nope', text: 'A fine pledge text', capacity: 'individual' }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'A fine pledge text', capacity: 'boss' }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 'A fine pledge text', capacity: 'individual', __proto__x: 1 }).success).toBe(false);
    expect(pledgeContentSchema.safeParse({ id: ID, text: 12345678901, capacity: 'individual' }).success).toBe(false);
  });

  test('text is trimmed, NFC-normalised and stripped of control and bidi-override characters', () => {
    expect(cleanText('  Cafe\u0301  \u202Eevil\u202C\u0007 ')).toBe('Café evil');
    expect(cleanText('line one\r\n\r\n\r\n\r\nline two\t\tend', true)).toBe('line one\n\nline two end');
    expect(cleanText('a\nb')).toBe('a b');
    const parsed = pledgeContentSchema.parse({ id: ID, text: '  <script>alert(1)</script>  ', capacity: 'individual' });
    expect(parsed.text).toBe('<script>alert(1)</script>'); // kept as text; clients render it as text
  });
});

describe('session creation validation', () => {
  const good = { title: 'A session', code: 'WS #1', panelists: [{ name: 'A', organization: 'O', stakeholderGroup: 'Academia' }] };
  test('accepts a good body and defaults organization', () => {
    const parsed = createSessionSchema.parse({ ...good, panelists: [{ name: 'A', stakeholderGroup: 'Academia' }] });
    expect(parsed.panelists[0]!.organization).toBe('');
  });
  test('refuses missing title, empty panel, unknown group, extra keys', () => {
    expect(createSessionSchema.safeParse({ ...good, title: '  ' }).success).toBe(false);
    expect(createSessionSchema.safeParse({ ...good, panelists: [] }).success).toBe(false);
    expect(createSessionSchema.safeParse({ ...good, panelists: [{ name: 'A', stakeholderGroup: 'Wizards' }] }).success).toBe(false);
    expect(createSessionSchema.safeParse({ ...good, admin: true }).success).toBe(false);
  });
});

describe('policy questions', () => {
  const good = { title: 'A session', panelists: [{ name: 'A', stakeholderGroup: 'Academia' }] };
  const withQuestions = (policyQuestions: unknown) => createSessionSchema.safeParse({ ...good, details: { policyQuestions } });
  const refusal = (policyQuestions: unknown) => {
    const result = withQuestions(policyQuestions);
    if (result.success) throw new Error('accepted');
    const issue = result.error.issues[0]!;
    return `${issue.path.join('.')}: ${issue.message}`;
  };

  test('default to none, with or without other details', () => {
    expect(createSessionSchema.parse(good).details.policyQuestions).toEqual([]);
    expect(createSessionSchema.parse({ ...good, details: { room: 'Room 3' } }).details.policyQuestions).toEqual([]);
  });

  test('are cleaned and trimmed, in order', () => {
    const parsed = withQuestions(['  How can   the IGF\tadvance digital cooperation?  ', 'What\u202Eroles?']);
    expect(parsed.success && parsed.data.details.policyQuestions).toEqual(['How can the IGF advance digital cooperation?', 'Whatroles?']);
  });

  test(`take up to ${LIMITS.policyQuestionsMax} questions of up to ${LIMITS.policyQuestionMax} characters`, () => {
    const longest = `${'x'.repeat(LIMITS.policyQuestionMax - 1)}?`;
    const parsed = withQuestions(Array.from({ length: LIMITS.policyQuestionsMax }, () => longest));
    expect(parsed.success && parsed.data.details.policyQuestions).toHaveLength(LIMITS.policyQuestionsMax);
  });

  test('refuse a sixth question, an empty one and one too long, saying which and why', () => {
    expect(refusal(Array.from({ length: LIMITS.policyQuestionsMax + 1 }, (_, i) => `Question ${i + 1}?`))).toBe(
      `details.policyQuestions: a session has at most ${LIMITS.policyQuestionsMax} policy questions`,
    );
    expect(refusal(['Fine?', '   '])).toBe('details.policyQuestions.1: a policy question is empty');
    expect(refusal([`${'x'.repeat(LIMITS.policyQuestionMax)}?`])).toBe(`details.policyQuestions.0: a policy question has at most ${LIMITS.policyQuestionMax} characters`);
    // Far beyond the limit, refused before any cleaning, with the same words.
    expect(refusal(['x'.repeat(LIMITS.policyQuestionMax * 4 + 1)])).toBe(`details.policyQuestions.0: a policy question has at most ${LIMITS.policyQuestionMax} characters`);
    expect(withQuestions('One question?').success).toBe(false);
  });

  test('written one per line: blank lines dropped, each line cleaned, every kind of line break', () => {
    expect(policyQuestionLines('  First?\r\n\r\n  Second  one?\rThird?\nFourth?\u2028Fifth?\n  \n')).toEqual(['First?', 'Second one?', 'Third?', 'Fourth?', 'Fifth?']);
    expect(policyQuestionLines('   \n')).toEqual([]);
  });
});

describe('codes and secrets', () => {
  test('join codes are 6 characters from the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });
  test('typed join codes are normalised', () => {
    expect(joinCodeSchema.parse(' abc-def ')).toBe('ABCDEF');
    expect(joinCodeSchema.safeParse('ABCDE0').success).toBe(false);
  });
  test('secrets carry 128 bits and match only themselves', () => {
    const s = newSecret();
    expect(Buffer.from(s, 'base64url')).toHaveLength(16);
    expect(secretMatches(s, hashSecret(s))).toBe(true);
    expect(secretMatches(newSecret(), hashSecret(s))).toBe(false);
  });
  test('handshake shapes are strict', () => {
    expect(handshakeSchema.safeParse({ role: 'wall', sessionId: 'abcdefgh' }).success).toBe(true);
    expect(handshakeSchema.safeParse({ role: 'moderator', sessionId: 'abcdefgh' }).success).toBe(false);
    expect(handshakeSchema.safeParse({ role: 'admin', sessionId: 'abcdefgh' }).success).toBe(false);
    // A phone brings the device token it made: at least 128 bits, base64url.
    expect(handshakeSchema.safeParse({ role: 'phone', sessionId: 'abcdefgh' }).success).toBe(false);
    expect(handshakeSchema.safeParse({ role: 'phone', sessionId: 'abcdefgh', deviceToken: 'A'.repeat(21) }).success).toBe(false);
    expect(handshakeSchema.safeParse({ role: 'phone', sessionId: 'abcdefgh', deviceToken: `${'A'.repeat(21)}+` }).success).toBe(false);
    expect(handshakeSchema.safeParse({ role: 'phone', sessionId: 'abcdefgh', deviceToken: 'Ab3_-'.repeat(5).slice(0, 22) }).success).toBe(true);
  });
});
