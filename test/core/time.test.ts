/**
 * Time faults and local time. Runs under TZ=Europe/London (vitest.config.ts), which has DST:
 * 2026-03-29 01:00 UTC clocks go forward, 2026-10-25 01:00 UTC they go back.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core';
import {
  DEFAULT_SETTINGS,
  ESCALATE_MAX,
  HOUR,
  inQuietHours,
  MINUTE,
  nextLocalMinute,
  transition,
  view,
} from '../../src/core';
import { alarmOf, apply, logsOf, notifications, settingsWith, started, t0 } from './helpers';

const noQuiet = settingsWith({ quietHours: { enabled: false, start: 0, end: 0 } });

function icing(at = t0, settings = noQuiet): Session {
  const s = apply(
    started('guide', { now: at, settings }),
    { type: 'confirm' },
    at,
    settings,
  ).session;
  if (s === null) throw new Error('no session');
  return s;
}

describe('the clock jumps', () => {
  it('back an hour mid-ice: the ice keeps the time it had left, never more than its cap', () => {
    const s = apply(icing(), { type: 'wake' }, t0 + 5 * MINUTE, noQuiet).session;
    const back = t0 + 6 * MINUTE - HOUR; // one real minute later, clock set back an hour
    const r = apply(s, { type: 'wake' }, back, noQuiet);
    const v = view(r.session, back);
    expect(v.remainingMs).toBe(15 * MINUTE);
    expect(r.session?.phaseEndsAt).toBe(back + 15 * MINUTE);
    expect(notifications(r)).toEqual([]);
    expect(alarmOf(r)).toBeGreaterThan(back);
    expect(alarmOf(r)).toBeLessThanOrEqual(back + MINUTE);
  });

  it('never shows a remaining time above the cap, even if the clock reads before the phase', () => {
    const s = icing();
    expect(view(s, t0 - 3 * HOUR).remainingMs).toBe(20 * MINUTE);
  });

  it('forward 3 h while icing (or sleeping): one late take-off alert, history says it ran through', () => {
    const r = apply(icing(), { type: 'wake' }, t0 + 3 * HOUR, noQuiet);
    expect(notifications(r)).toEqual(['takeOff']);
    const [entry] = logsOf(r.effects);
    expect(entry).toMatchObject({ outcome: 'completed', endedAt: t0 + 20 * MINUTE });
    expect(entry?.noticedLateMs).toBe(3 * HOUR - 20 * MINUTE);
    expect(view(r.session, t0 + 3 * HOUR)).toMatchObject({
      phase: 'rest',
      remainingMs: 20 * MINUTE,
    });
  });
});

describe('take-off escalation', () => {
  it('repeats every 2 min, 3 times at most, until acknowledged; never silent', () => {
    let s: Session | null = icing();
    let now = t0 + 20 * MINUTE;
    let r = apply(s, { type: 'wake' }, now, noQuiet);
    const seen: number[] = [];
    const collect = () => {
      for (const e of r.effects) {
        if (e.type === 'notify') {
          expect(e.notify).toMatchObject({
            kind: 'takeOff',
            silent: false,
            requireInteraction: true,
          });
          seen.push(e.notify.reminder);
        }
      }
    };
    collect();
    for (let i = 0; i < 20 && now < t0 + 39 * MINUTE; i++) {
      now = alarmOf(r) ?? now;
      r = apply(r.session, { type: 'wake' }, now, noQuiet);
      collect();
    }
    expect(seen).toEqual([0, 1, 2, ESCALATE_MAX]);
    s = r.session;
    expect(view(s, now).takeOffPending).toBe(true);
  });

  it('stops once the person says it is off', () => {
    const r0 = apply(icing(), { type: 'wake' }, t0 + 20 * MINUTE, noQuiet);
    const acked = apply(r0.session, { type: 'ackTakeOff' }, t0 + 21 * MINUTE, noQuiet);
    expect(acked.effects).toContainEqual({ type: 'clearNotification' });
    expect(view(acked.session, t0 + 21 * MINUTE).takeOffPending).toBe(false);
    const later = apply(acked.session, { type: 'wake' }, t0 + 24 * MINUTE, noQuiet);
    expect(notifications(later)).toEqual([]);
  });
});

describe('pain score', () => {
  it('is asked once after an application and logged against it', () => {
    const r0 = apply(icing(), { type: 'wake' }, t0 + 20 * MINUTE, noQuiet);
    expect(view(r0.session, t0 + 20 * MINUTE).askPain).toBe(0);
    const r = apply(r0.session, { type: 'logPain', score: 4 }, t0 + 22 * MINUTE, noQuiet);
    expect(r.effects).toContainEqual({ type: 'pain', sessionId: 's1', stepIndex: 0, score: 4 });
    expect(view(r.session, t0 + 22 * MINUTE).askPain).toBeNull();
    expect(
      transition(r.session, { type: 'logPain', score: 5 }, t0 + 23 * MINUTE, noQuiet).error,
    ).toBe('notAllowed');
  });
  it('refuses a score outside 0–10', () => {
    const r0 = apply(icing(), { type: 'wake' }, t0 + 20 * MINUTE, noQuiet);
    expect(
      transition(r0.session, { type: 'logPain', score: 11 }, t0 + 21 * MINUTE, noQuiet).error,
    ).toBe('notAllowed');
  });
});

describe('sound', () => {
  it('chimes with an alert when sound is on, and not when off', () => {
    const on = apply(icing(), { type: 'wake' }, t0 + 20 * MINUTE, noQuiet);
    expect(on.effects).toContainEqual({ type: 'sound', volume: DEFAULT_SETTINGS.soundVolume });
    const quietSettings = { ...noQuiet, sound: false };
    const off = apply(icing(t0, quietSettings), { type: 'wake' }, t0 + 20 * MINUTE, quietSettings);
    expect(off.effects.some((e) => e.type === 'sound')).toBe(false);
  });
});

describe('quiet hours (23:00–07:00 local by default)', () => {
  const evening = Date.UTC(2026, 0, 5, 22, 20); // 22:20 in London (GMT in January)
  it('holds an application that falls due at night and reminds once at 07:00', () => {
    // Ice 22:20–22:40, rest to 23:00: the next application falls due inside quiet hours.
    let r = apply(icing(evening, DEFAULT_SETTINGS), { type: 'wake' }, evening + 20 * MINUTE);
    r = apply(r.session, { type: 'wake' }, evening + 40 * MINUTE);
    expect(r.session?.status).toBe('due');
    expect(notifications(r)).toEqual([]);
    const morning = Date.UTC(2026, 0, 6, 7, 0);
    expect(view(r.session, evening + 40 * MINUTE).quietUntil).toBe(morning);
    expect(alarmOf(r)).toBe(morning);
    r = apply(r.session, { type: 'wake' }, morning);
    expect(notifications(r)).toEqual(['due']);
    expect(r.effects.find((e) => e.type === 'notify')).toMatchObject({ notify: { silent: false } });
    r = apply(r.session, { type: 'wake' }, morning + 30 * MINUTE);
    expect(notifications(r)).toEqual([]); // reminded once
  });

  it('never silences "take it off", even inside quiet hours', () => {
    const late = Date.UTC(2026, 0, 5, 23, 30);
    const r = apply(icing(late, DEFAULT_SETTINGS), { type: 'wake' }, late + 20 * MINUTE);
    expect(r.effects.find((e) => e.type === 'notify')).toMatchObject({
      notify: { kind: 'takeOff', silent: false },
    });
    expect(r.effects.some((e) => e.type === 'sound')).toBe(true);
  });

  it('stops reminders that would sound after quiet hours begin', () => {
    const s = started('guide', { now: Date.UTC(2026, 0, 5, 22, 50) });
    let r = apply(s, { type: 'wake' }, Date.UTC(2026, 0, 5, 22, 55));
    expect(notifications(r)).toEqual(['due']);
    r = apply(r.session, { type: 'wake' }, Date.UTC(2026, 0, 5, 23, 0));
    expect(notifications(r)).toEqual([]);
    expect(view(r.session, Date.UTC(2026, 0, 5, 23, 0)).quietUntil).toBe(Date.UTC(2026, 0, 6, 7));
  });

  it('is DST-safe: 07:00 local on the spring-forward and fall-back mornings', () => {
    // 2026-03-29: 01:00 GMT → 02:00 BST. 07:00 BST is 06:00 UTC.
    expect(nextLocalMinute(Date.UTC(2026, 2, 28, 23, 30), 7 * 60)).toBe(Date.UTC(2026, 2, 29, 6));
    // 2026-10-25: 02:00 BST → 01:00 GMT. 07:00 GMT is 07:00 UTC.
    expect(nextLocalMinute(Date.UTC(2026, 9, 24, 22, 30), 7 * 60)).toBe(Date.UTC(2026, 9, 25, 7));
    const q = DEFAULT_SETTINGS.quietHours;
    expect(inQuietHours(Date.UTC(2026, 2, 29, 5, 30), q)).toBe(true); // 06:30 BST
    expect(inQuietHours(Date.UTC(2026, 2, 29, 6, 0), q)).toBe(false); // 07:00 BST
    expect(inQuietHours(Date.UTC(2026, 9, 25, 6, 30), q)).toBe(true); // 06:30 GMT
  });

  it('a session on the spring-forward night keeps exact 20-minute phases across the missing hour', () => {
    const at = Date.UTC(2026, 2, 29, 0, 50); // 00:50 GMT; at 01:00 GMT clocks jump to 02:00 BST
    const r = apply(icing(at), { type: 'wake' }, at + 20 * MINUTE, noQuiet);
    expect(logsOf(r.effects)[0]?.endedAt).toBe(at + 20 * MINUTE);
    expect(view(r.session, at + 20 * MINUTE).remainingMs).toBe(20 * MINUTE);
  });
});

describe('late take-off after a short sleep', () => {
  it('says how late when the person saw none of the earlier alerts', () => {
    const r = apply(icing(), { type: 'wake' }, t0 + 27 * MINUTE, noQuiet);
    const n = r.effects.find((e) => e.type === 'notify');
    expect(n?.type === 'notify' && n.notify).toMatchObject({ kind: 'takeOff', lateMs: 7 * MINUTE });
  });
});
