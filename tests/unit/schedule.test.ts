import { readSchedule } from '../../server/domain/schedule';

describe('schedule reading', () => {
  test('headers match loosely, values by common names; speakers group under their session code', () => {
    const csv = [
      'Session Code,Session Title,Start,End,Room,Format,Moderator,Online Moderator,Rapporteur,Speaker,Organisation,Stakeholder Group,Regional Group',
      'WS #1,Title,2025-06-24 9:00,2025-06-24 10:00:00,R,Panel,M,OM,Rap,Ana,Org,civil society,WEOG',
      'ws #1,,,,,,,,,Bo,,IGO,Latin America and Caribbean',
      'WS #2,Other,,,,,,,,Cy,Org,private sector,',
    ].join('\n');
    const result = readSchedule(csv, []);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.sessions.map((s) => s.line)).toEqual([2, 4]);
    const [first, second] = result.sessions.map((s) => s.input);
    expect(first).toMatchObject({
      code: 'WS #1',
      title: 'Title',
      details: { start: '2025-06-24T09:00', end: '2025-06-24T10:00', room: 'R', format: 'Panel', moderator: 'M', onlineModerator: 'OM', rapporteur: 'Rap' },
      panelists: [
        { name: 'Ana', organization: 'Org', stakeholderGroup: 'Civil Society', regionalGroup: 'WEOG' },
        { name: 'Bo', organization: '', stakeholderGroup: 'Intergovernmental Organization', regionalGroup: 'GRULAC' },
      ],
    });
    expect(second).toMatchObject({ code: 'WS #2', details: { start: null, end: null }, panelists: [{ stakeholderGroup: 'Private Sector', regionalGroup: null }] });
  });

  test('existing codes match ignoring case and spaces; extra cells and a repeated column are reported', () => {
    const header = 'code,title,speaker_name,speaker_stakeholder_group';
    // Each problem travels as a code with its parameters (the page words it), and in English for scripts.
    expect(readSchedule(`${header}\nws#1,T,A,Government`, ['WS #1'])).toEqual({
      ok: false,
      problems: [{ line: 2, code: 'session_exists', params: { session: 'ws#1' }, reason: 'Session "ws#1" already exists in this event.' }],
    });
    expect(readSchedule(`${header}\nWS 2,T,A,Government,extra`, [])).toMatchObject({
      ok: false,
      problems: [{ line: 2, code: 'extra_cells', params: { cells: 5, columns: 4 }, reason: expect.stringContaining('5 cells') }],
    });
    expect(readSchedule(`${header},title\nWS 2,T,A,Government,T`, [])).toMatchObject({
      ok: false,
      problems: [{ line: 1, code: 'repeated_column', params: { column: 'title', count: 2 }, reason: 'Column "title" appears 2 times.' }],
    });
    // Trailing empty cells (spreadsheets add them) are fine.
    expect(readSchedule(`${header}\nWS 2,T,A,Government,,`, [])).toMatchObject({ ok: true });
  });

  test('line numbers count the lines of quoted multi-line cells', () => {
    const csv = 'code,title,speaker_name,speaker_stakeholder_group\nWS 1,"A title\nover two lines",A,Government\nWS 2,T,B,Nobody';
    expect(readSchedule(csv, [])).toMatchObject({ ok: false, problems: [{ line: 4, code: 'unknown_group', params: { value: 'Nobody' }, reason: expect.stringContaining('"Nobody"') }] });
  });

  test('a session with too many speakers is reported at its first row', () => {
    const rows = Array.from({ length: 41 }, (_, i) => `WS 9,T,Speaker ${i},Government`);
    const result = readSchedule(`code,title,speaker_name,speaker_stakeholder_group\n${rows.join('\n')}`, []);
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 2, code: 'panel_too_big', params: { session: 'WS 9', count: 41, max: 40 }, reason: 'Session "WS 9" has 41 speakers; a panel has at most 40.' }],
    });
  });

  describe('policy questions', () => {
    const header = 'code,title,speaker_name,speaker_stakeholder_group,policy_questions';
    const q1 = 'How can the multistakeholder model be best sustained and civil society engagement enhanced?';
    const q2 = 'What role do CSOs and multistakeholder partnerships play in translating commitments into action?';
    const questionsOf = (csv: string) => {
      const result = readSchedule(csv, []);
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.sessions.map((s) => s.input.details.policyQuestions);
    };

    test('several in one quoted cell, one per line (CRLF as a spreadsheet saves it, or LF), blank lines dropped', () => {
      const csv = [header, `WS 1,T,Ana,Government,"${q1}\r\n\r\n  ${q2}  \r\n"`, 'WS 1,,Bo,Academia,', 'WS 2,T,Cy,Academia,'].join('\r\n');
      expect(questionsOf(csv)).toEqual([[q1, q2], []]);
      expect(questionsOf(`${header}\nWS 1,T,Ana,Government,"${q1}\n${q2}"`)).toEqual([[q1, q2]]);
    });

    test('the IGF page’s heading “Policy Question(s)” names the column; a question with commas and quotes survives', () => {
      const quoted = 'Governance and cooperation: how, and by whom, should ""digital public goods"" be governed?';
      const csv = `Session Code,Session Title,Speaker,Stakeholder Group,Policy Question(s)\nWS 1,T,Ana,Government,"${quoted}\n${q2}"`;
      expect(questionsOf(csv)).toEqual([[quoted.replaceAll('""', '"'), q2]]);
    });

    test('repeated on a later row of the session with other line ends: the same; different: reported', () => {
      expect(questionsOf(`${header}\nWS 1,T,Ana,Government,"${q1}\n${q2}"\nWS 1,,Bo,Academia,"${q1}\r\n${q2}\r\n"`)).toEqual([[q1, q2]]);
      const differs = readSchedule(`${header}\nWS 1,T,Ana,Government,"${q1}"\nWS 1,,Bo,Academia,"${q2}"`, []);
      expect(differs).toMatchObject({ ok: false, problems: [{ line: 3, code: 'value_differs', params: { column: 'policy_questions', value: q2, earlier: q1, earlierLine: 2 } }] });
    });

    test('more than five, or one too long, are reported on the row that holds them, naming the question', () => {
      const six = Array.from({ length: 6 }, (_, i) => `Question ${i + 1}?`).join('\n');
      expect(readSchedule(`${header}\nWS 1,T,Ana,Government,\nWS 1,,Bo,Academia,"${six}"`, [])).toEqual({
        ok: false,
        problems: [{ line: 3, code: 'too_many_questions', params: { session: 'WS 1', count: 6, max: 5 }, reason: 'Session "WS 1" has 6 policy questions; a session has at most 5.' }],
      });
      const long = `${'x'.repeat(640)}?`;
      expect(readSchedule(`${header}\nWS 1,T,Ana,Government,"${q1}\n${long}"`, [])).toEqual({
        ok: false,
        problems: [
          {
            line: 2,
            code: 'question_too_long',
            params: { session: 'WS 1', n: 2, length: 641, max: 600 },
            reason: 'Policy question 2 of session "WS 1" has 641 characters: at most 600 characters.',
          },
        ],
      });
    });
  });
});
