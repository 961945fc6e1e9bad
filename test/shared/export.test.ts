import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, HOUR, MINUTE, type Settings, upcomingSchedule } from '../../src/core';
import {
  buildIcs,
  csvField,
  defuseFormula,
  foldLine,
  historyCsv,
  icsEscape,
  icsUtc,
  localIso,
  scheduleUid,
  toCsv,
} from '../../src/shared/export';
import { sessionAt, T0 } from '../popup/mock-client';

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/** Unfolds RFC 5545 continuation lines. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

/** One history entry: heat cut short, pain 4, a session id with a comma. */
const ENTRY = {
  schemaVersion: 2 as const,
  sessionId: 'id,1',
  modality: 'heat' as const,
  stepIndex: 0,
  plannedMinutes: 20,
  plannedStartAt: T0,
  startedAt: T0 + 5 * MINUTE,
  plannedEndAt: T0 + 20 * MINUTE,
  endedAt: T0 + 17 * MINUTE,
  outcome: 'cutShort' as const,
  noticedLateMs: 3 * MINUTE,
  painScore: 4,
};

describe('CSV', () => {
  it('quotes only fields that need it and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('defuses cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first)', () => {
    expect(defuseFormula('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(defuseFormula("+1+cmd|' /C calc'!A0")).toBe("'+1+cmd|' /C calc'!A0");
    expect(defuseFormula('-2+3')).toBe("'-2+3");
    expect(defuseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuseFormula('\t=1')).toBe("'\t=1");
    expect(defuseFormula('\r=1')).toBe("'\r=1");
    // Quoting still applies after defusing: the CR and the quotes stay inside one field.
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
  });

  it('keeps plain numbers (also negative ones) and text that starts harmlessly', () => {
    for (const kept of ['-3', '+1.5', '0', '12', 'Ice', 'a=b', 'x-1', ' =1', '']) {
      expect(defuseFormula(kept)).toBe(kept);
    }
    expect(csvField('-3')).toBe('-3');
  });

  it('defuses a forged session id in an exported history row', () => {
    const entry = { ...ENTRY, sessionId: '=cmd|"/c calc"!A1', modality: 'ice' as const };
    const csv = historyCsv([entry], {
      header: ['@Due', 'S', 'E', 'T', 'P', 'A', 'O', 'L', 'Pain', 'Id'],
      modality: { ice: '+Ice', heat: 'Heat' },
      outcome: { completed: 'Done', cutShort: 'Cut', skipped: 'Skipped' },
    });
    const [header, row] = csv.split('\r\n');
    expect(header?.startsWith("'@Due,")).toBe(true);
    expect(row).toContain(",'+Ice,");
    expect(row?.endsWith(',"\'=cmd|""/c calc""!A1"')).toBe(true);
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"q"', 'x'],
      ]),
    ).toBe('a,"b,c"\r\n"""q""",x\r\n');
  });

  it('writes local ISO times with the offset (London: GMT in winter, BST in summer)', () => {
    expect(localIso(Date.UTC(2026, 0, 5, 9, 3, 7))).toBe('2026-01-05T09:03:07+00:00');
    expect(localIso(Date.UTC(2026, 6, 5, 9))).toBe('2026-07-05T10:00:00+01:00');
  });

  it('writes one row per entry under the given header', () => {
    const entry = ENTRY;
    const csv = historyCsv([entry, { ...entry, outcome: 'skipped', painScore: null }], {
      header: ['Due', 'Started', 'Ended', 'Treatment', 'P', 'A', 'Outcome', 'Late', 'Pain', 'S'],
      modality: { ice: 'Ice', heat: 'Heat, warm' },
      outcome: { completed: 'Done', cutShort: 'Cut "short"', skipped: 'Skipped' },
    });
    expect(csv.split('\r\n')).toEqual([
      'Due,Started,Ended,Treatment,P,A,Outcome,Late,Pain,S',
      '2026-01-05T09:00:00+00:00,2026-01-05T09:05:00+00:00,2026-01-05T09:17:00+00:00,"Heat, warm",20,12,"Cut ""short""",3,4,"id,1"',
      '2026-01-05T09:00:00+00:00,,,"Heat, warm",20,0,Skipped,3,,"id,1"',
      '',
    ]);
  });
});

describe('iCalendar', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(icsEscape('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('writes UTC date-times', () => {
    expect(icsUtc(Date.UTC(2026, 6, 5, 9, 3, 7))).toBe('20260705T090307Z');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(50)}${'x'.repeat(60)}❄️❄️`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(physical.join('')).not.toMatch(/\uFFFD/);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
    expect(foldLine('X'.repeat(75))).toBe('X'.repeat(75));
    expect(foldLine('X'.repeat(76))).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  const event = {
    uid: 'u1@icecycle',
    startAt: Date.UTC(2026, 6, 5, 9),
    endAt: Date.UTC(2026, 6, 5, 9, 20),
    summary: 'Ice on (IceCycle)',
    description: `Wrap it, in a cloth; then rest.\nNever sleep with it on. ${'Long text '.repeat(10)}`,
  };

  it('builds a balanced VCALENDAR with CRLF endings, UTC times, an alarm and escaping', () => {
    const ics = buildIcs([event, { ...event, uid: 'u2@icecycle' }], T0);
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    // BEGIN/END balance, properly nested.
    const stack: string[] = [];
    for (const line of lines) {
      if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
      if (line.startsWith('END:')) expect(stack.pop()).toBe(line.slice(4));
    }
    expect(stack).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines).toContain('UID:u1@icecycle');
    expect(lines).toContain('UID:u2@icecycle');
    expect(lines).toContain(`DTSTAMP:${icsUtc(T0)}`);
    expect(lines).toContain('DTSTART:20260705T090000Z');
    expect(lines).toContain('DTEND:20260705T092000Z');
    expect(lines).toContain('SUMMARY:Ice on (IceCycle)');
    expect(lines).toContain('ACTION:DISPLAY');
    expect(lines).toContain('TRIGGER:PT0S');
    const description = lines.find((l) => l.startsWith('DESCRIPTION:Wrap'));
    expect(description).toMatch(/^DESCRIPTION:Wrap it\\, in a cloth\\; then rest\.\\nNever sleep/);
  });

  it('adds a second alarm at the event’s end when given its text (take it off)', () => {
    const ics = buildIcs(
      [
        { ...event, endAlarm: 'Take the ice off now; it, ends' },
        { ...event, uid: 'u2@icecycle' },
      ],
      T0,
    );
    const lines = unfold(ics);
    const alarms: string[][] = [];
    let current: string[] | null = null;
    const owner: string[] = [];
    for (const line of lines) {
      if (line.startsWith('UID:')) owner.push(line.slice(4));
      if (line === 'BEGIN:VALARM') current = [owner.at(-1) ?? ''];
      else if (line === 'END:VALARM' && current) {
        alarms.push(current);
        current = null;
      } else if (current) current.push(line);
    }
    expect(alarms).toEqual([
      ['u1@icecycle', 'ACTION:DISPLAY', 'DESCRIPTION:Ice on (IceCycle)', 'TRIGGER:PT0S'],
      [
        'u1@icecycle',
        'ACTION:DISPLAY',
        'DESCRIPTION:Take the ice off now\\; it\\, ends',
        'TRIGGER;RELATED=END:PT0S',
      ],
      // Without the text, only the start alarm.
      ['u2@icecycle', 'ACTION:DISPLAY', 'DESCRIPTION:Ice on (IceCycle)', 'TRIGGER:PT0S'],
    ]);
  });

  it('has one VEVENT per upcoming application of a real session', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      quietHours: { enabled: false, start: 0, end: 0 },
    };
    const toIcs = (injuryAgo: number): string => {
      const session = sessionAt([], { injuryAgo, settings });
      const planned = upcomingSchedule(session, T0, settings);
      return buildIcs(
        planned.map((p) => ({
          uid: scheduleUid(session.id, p.startAt),
          startAt: p.startAt,
          endAt: p.endAt,
          summary: 'Ice on (IceCycle)',
          description: '',
        })),
        T0,
      );
    };
    const count = (ics: string): number => unfold(ics).filter((l) => l === 'BEGIN:VEVENT').length;
    // 1 h of a 48 h window left, guide cycle (ice 20 / rest 20): applications at +0 and +40 min.
    const late = toIcs(47 * HOUR);
    expect(count(late)).toBe(2);
    expect(unfold(late)).toContain(`DTSTART:${icsUtc(T0 + 40 * MINUTE)}`);
    // 46 h left: one application every 40 min → 46 × 60 / 40 = 69.
    const early = unfold(toIcs(2 * HOUR));
    expect(early.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(69);
    // UIDs are unique.
    const uids = early.filter((l) => l.startsWith('UID:'));
    expect(new Set(uids).size).toBe(69);
  });
});
