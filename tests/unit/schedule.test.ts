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
});
