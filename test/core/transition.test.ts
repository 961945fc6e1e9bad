import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core';
import { DEFAULT_SETTINGS, HOUR, MINUTE, transition, view } from '../../src/core';
import { SKIP_REST_AFTER_MINUTES } from '../../src/core/plans';
import { alarmOf, apply, logsOf, notifications, settingsWith, started, t0 } from './helpers';

describe('start', () => {
  it('starts the guide cycle with the first application due, without alerting the person who just pressed Start', () => {
    const r = apply(null, { type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR, id: 'a' }, t0);
    expect(r.session?.status).toBe('due');
    expect(r.session?.plan.windowHours).toBe(48);
    expect(notifications(r)).toEqual([]);
    expect(alarmOf(r)).toBe(t0 + 5 * MINUTE); // first reminder
    expect(view(r.session, t0).hour).toBe(3); // whole hours since the spasm started
  });

  it.each([
    ['in the future', t0 + 10 * MINUTE],
    ['older than 72 h', t0 - 73 * HOUR],
    ['not a number', Number.NaN],
  ])('refuses an injury time %s', (_label, injuryAt) => {
    const r = transition(
      null,
      { type: 'start', planId: 'guide', injuryAt, id: 'a' },
      t0,
      DEFAULT_SETTINGS,
    );
    expect(r.error).toBe('invalidInjuryTime');
    expect(r.session).toBeNull();
    expect(r.effects).toEqual([]);
  });

  it('refuses a second start while a session runs (a double-click on Start)', () => {
    const s = started();
    const r = transition(
      s,
      { type: 'start', planId: 'heat', injuryAt: t0, id: 'b' },
      t0 + 1,
      DEFAULT_SETTINGS,
    );
    expect(r.error).toBe('alreadyRunning');
    expect(r.session).toBe(s);
  });

  it('ends at once, suggesting heat, when the window is already over', () => {
    const r = apply(
      null,
      { type: 'start', planId: 'guide', injuryAt: t0 - 50 * HOUR, id: 'a' },
      t0,
    );
    expect(r.session?.status).toBe('done');
    expect(view(r.session, t0).afterWindow).toBe('suggestHeat');
    expect(alarmOf(r)).toBeNull();
  });

  it('refuses an unsafe custom plan and accepts a safe one', () => {
    const bad = transition(
      null,
      {
        type: 'start',
        planId: 'custom',
        injuryAt: t0,
        id: 'a',
        custom: { modality: 'ice', applyMinutes: 30, restMinutes: 20, windowHours: 48 },
      },
      t0,
      DEFAULT_SETTINGS,
    );
    expect(bad.error).toBe('invalidPlan');
    const ok = apply(
      null,
      {
        type: 'start',
        planId: 'custom',
        injuryAt: t0,
        id: 'a',
        custom: { modality: 'ice', applyMinutes: 15, restMinutes: 30, windowHours: 24 },
      },
      t0,
    );
    expect(ok.session?.plan.steps[0]).toEqual({ kind: 'apply', modality: 'ice', minutes: 15 });
  });
});

describe('one guide cycle', () => {
  it('runs ice → take-off alert → rest → due alert with reminders, then badge only', () => {
    let s: Session | null = started();
    let r = apply(s, { type: 'confirm' }, t0 + MINUTE);
    s = r.session;
    expect(s?.status).toBe('running');
    expect(s?.phaseEndsAt).toBe(t0 + 21 * MINUTE);
    expect(alarmOf(r)).toBe(t0 + 2 * MINUTE); // the badge's next minute
    expect(r.effects).toContainEqual({ type: 'clearNotification' });

    r = apply(s, { type: 'wake' }, t0 + 21 * MINUTE);
    s = r.session;
    expect(notifications(r)).toEqual(['takeOff']);
    expect(logsOf(r.effects)).toEqual([
      expect.objectContaining({
        outcome: 'completed',
        startedAt: t0 + MINUTE,
        endedAt: t0 + 21 * MINUTE,
        plannedMinutes: 20,
      }),
    ]);
    expect(view(s, t0 + 21 * MINUTE).phase).toBe('rest');
    expect(view(s, t0 + 21 * MINUTE).remainingMs).toBe(20 * MINUTE);

    r = apply(s, { type: 'wake' }, t0 + 41 * MINUTE);
    s = r.session;
    expect(s?.status).toBe('due');
    expect(notifications(r)).toEqual(['due']);
    expect(alarmOf(r)).toBe(t0 + 46 * MINUTE);

    const reminders: number[] = [];
    let now = t0 + 41 * MINUTE;
    for (let i = 0; i < 10; i++) {
      const when = alarmOf(r);
      if (when === null || when === undefined || when > t0 + 2 * HOUR) break;
      now = when;
      r = apply(s, { type: 'wake' }, now);
      s = r.session;
      for (const e of r.effects) if (e.type === 'notify') reminders.push(e.notify.reminder);
    }
    expect(reminders).toEqual([1, 2, 3, 4, 5, 6]);
    expect(now).toBe(t0 + 71 * MINUTE);
    // Only the badge shows it now; the next wake is when quiet hours begin (23:00 local).
    expect(alarmOf(r)).toBe(t0 + 14 * HOUR);
    expect(s?.status).toBe('due');
  });

  it('emits no alert twice for the same moment (a repeated wake)', () => {
    let s = apply(started(), { type: 'confirm' }, t0).session;
    const first = apply(s, { type: 'wake' }, t0 + 20 * MINUTE);
    s = first.session;
    const again = apply(s, { type: 'wake' }, t0 + 20 * MINUTE + 5);
    expect(notifications(first)).toEqual(['takeOff']);
    expect(notifications(again)).toEqual([]);
  });
});

describe('late wakes', () => {
  it('after a long sleep mid-ice: one late "take it off" alert, and a full rest from then', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    // Ice ends at +20 while the machine sleeps; it wakes at +3 h. Nobody took the ice off on
    // cue, so the person is told now, and the skin gets its whole rest from now.
    const r = apply(s, { type: 'wake' }, t0 + 3 * HOUR);
    const alerts = r.effects.flatMap((e) => (e.type === 'notify' ? [e.notify] : []));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'takeOff', lateMs: 3 * HOUR - 20 * MINUTE });
    expect(view(r.session, t0 + 3 * HOUR)).toMatchObject({
      phase: 'rest',
      remainingMs: 20 * MINUTE,
    });
    expect(logsOf(r.effects)).toEqual([
      expect.objectContaining({ outcome: 'completed', noticedLateMs: 3 * HOUR - 20 * MINUTE }),
    ]);
  });

  it('after a long sleep in a rest: one late due alert for the present state', () => {
    let s = apply(started(), { type: 'confirm' }, t0).session;
    s = apply(s, { type: 'wake' }, t0 + 20 * MINUTE).session;
    const r = apply(s, { type: 'wake' }, t0 + 3 * HOUR);
    expect(r.session?.status).toBe('due');
    const alerts = r.effects.flatMap((e) => (e.type === 'notify' ? [e.notify] : []));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: 'due', lateMs: 3 * HOUR - 40 * MINUTE });
  });

  it('a take-off alert that is minutes late still says take it off, with how late', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const r = apply(s, { type: 'wake' }, t0 + 32 * MINUTE);
    const n = r.effects.find((e) => e.type === 'notify');
    expect(n?.type === 'notify' && n.notify).toMatchObject({
      kind: 'takeOff',
      lateMs: 12 * MINUTE,
    });
  });
});

describe('commands', () => {
  it('pause then resume keeps the remaining time of a rest', () => {
    let s = apply(
      apply(started(), { type: 'confirm' }, t0).session,
      { type: 'wake' },
      t0 + 20 * MINUTE,
    ).session;
    s = apply(s, { type: 'ackTakeOff' }, t0 + 21 * MINUTE).session;
    s = apply(s, { type: 'pause' }, t0 + 27 * MINUTE).session;
    expect(view(s, t0 + HOUR).remainingMs).toBe(13 * MINUTE);
    const r = apply(s, { type: 'resume' }, t0 + HOUR);
    expect(view(r.session, t0 + HOUR).remainingMs).toBe(13 * MINUTE);
    expect(r.session?.phaseEndsAt).toBe(t0 + HOUR + 13 * MINUTE);
  });

  it('never pauses a running application (a pack left on with no timer is how skin gets hurt)', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const r = transition(s, { type: 'pause' }, t0 + MINUTE, DEFAULT_SETTINGS);
    expect(r.error).toBe('notAllowed');
    expect(view(s, t0 + MINUTE).can.pause).toBe(false);
  });

  it('paused sessions hold no alarm', () => {
    expect(alarmOf(apply(started(), { type: 'pause' }, t0 + MINUTE))).toBeNull();
  });

  it('skip cuts an application short (logged), then skips a rest, then skips a due application', () => {
    // Spaced cold: its 100-min rest is longer than the shortest one, so it can be ended early.
    let s = apply(started('spaced'), { type: 'confirm' }, t0).session;
    let r = apply(s, { type: 'skip' }, t0 + 5 * MINUTE);
    expect(logsOf(r.effects)).toEqual([
      expect.objectContaining({ outcome: 'cutShort', endedAt: t0 + 5 * MINUTE }),
    ]);
    expect(view(r.session, t0 + 5 * MINUTE).phase).toBe('rest');
    // The rest after an application can be cut only once the skin has had the shortest planned
    // rest to rewarm (test/core/skip-rest.test.ts).
    const at = t0 + 5 * MINUTE + SKIP_REST_AFTER_MINUTES * MINUTE;
    const early = transition(r.session, { type: 'skip' }, at - MINUTE, DEFAULT_SETTINGS);
    expect(early.error).toBe('notAllowed');
    expect(view(r.session, at - MINUTE).can.skip).toBe(false);
    r = apply(r.session, { type: 'skip' }, at);
    expect(r.session?.status).toBe('due');
    r = apply(r.session, { type: 'skip' }, at + MINUTE);
    expect(logsOf(r.effects)).toEqual([expect.objectContaining({ outcome: 'skipped' })]);
    expect(view(r.session, at + MINUTE)).toMatchObject({ status: 'running', phase: 'rest' });
    s = r.session;
    expect(s?.stepIndex).toBe(3);
  });

  it('snooze silences reminders until it ends, then alerts', () => {
    let r = apply(started(), { type: 'snooze', minutes: 10 }, t0);
    expect(alarmOf(r)).toBe(t0 + 10 * MINUTE);
    r = apply(r.session, { type: 'wake' }, t0 + 10 * MINUTE);
    expect(notifications(r)).toEqual(['due']);
  });

  it('stop clears everything and logs an application in progress as cut short', () => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const r = apply(s, { type: 'stop' }, t0 + 3 * MINUTE);
    expect(r.session).toBeNull();
    expect(r.effects).toEqual([
      { type: 'log', entry: expect.objectContaining({ outcome: 'cutShort' }) },
      { type: 'clearNotification' },
      { type: 'badge', badge: null },
      { type: 'alarm', when: null },
    ]);
  });

  it.each([
    ['confirm while resting', 'confirm'],
    ['resume while running', 'resume'],
    ['snooze while running', 'snooze'],
  ] as const)('refuses %s and changes nothing', (_label, type) => {
    const s = apply(started(), { type: 'confirm' }, t0).session;
    const event = type === 'snooze' ? { type, minutes: 5 } : { type };
    const r = transition(s, event, t0 + MINUTE, DEFAULT_SETTINGS);
    expect(r.error).toBe('notAllowed');
    expect(r.session).toBe(s);
    expect(r.effects).toEqual([]);
  });

  it('a command arriving after a missed boundary acts on the present state', () => {
    // Rest ended while the alarm was late; "Ice is on" must confirm the next application.
    const s = apply(
      apply(started(), { type: 'confirm' }, t0).session,
      { type: 'wake' },
      t0 + 20 * MINUTE,
    ).session;
    const r = apply(s, { type: 'confirm' }, t0 + 41 * MINUTE);
    expect(view(r.session, t0 + 41 * MINUTE)).toMatchObject({
      status: 'running',
      phase: 'ice',
      cycle: 2,
    });
  });
});

describe('the acute window', () => {
  it('ends the guide cycle at the first boundary after 48 h and suggests heat once', () => {
    // Spasm 47 h 30 min ago: one cycle fits before the window ends.
    let s = started('guide', { injuryAgo: 47 * HOUR + 30 * MINUTE });
    s = apply(s, { type: 'confirm' }, t0).session as Session;
    let r = apply(s, { type: 'wake' }, t0 + 20 * MINUTE);
    r = apply(r.session, { type: 'wake' }, t0 + 40 * MINUTE);
    expect(r.session?.status).toBe('done');
    expect(notifications(r)).toEqual(['windowEnded']);
    expect(alarmOf(r)).toBeNull();
    expect(notifications(apply(r.session, { type: 'wake' }, t0 + HOUR))).toEqual([]);
  });

  it('ends while an application waits unanswered', () => {
    const s = started('guide', { injuryAgo: 47 * HOUR + 50 * MINUTE });
    const r = apply(s, { type: 'wake' }, t0 + 10 * MINUTE);
    expect(r.session?.status).toBe('done');
    expect(r.session?.endedAt).toBe(t0 + 10 * MINUTE);
  });

  it('uses 72 h when set', () => {
    const s = started('guide', { settings: settingsWith({ acuteWindowHours: 72 }) });
    expect(view(s, t0).windowHours).toBe(72);
  });

  it('the heat plan runs 3 days, counted from Start, not from the spasm', () => {
    const s = started('heat', { injuryAgo: 80 * HOUR });
    expect(view(s, t0)).toMatchObject({ windowHours: 72, hour: 0, modality: 'heat' });
    expect(view(s, t0 + 5 * HOUR).hour).toBe(5);
  });
});

describe('auto-start', () => {
  const auto = settingsWith({ autoStart: true });
  it('starts an application by itself when its moment is fresh, with an alert', () => {
    const s = started('guide', { settings: auto });
    expect(s.status).toBe('running');
    let r = apply(s, { type: 'wake' }, t0 + 20 * MINUTE, auto);
    r = apply(r.session, { type: 'wake' }, t0 + 40 * MINUTE, auto);
    expect(r.session?.status).toBe('running');
    expect(notifications(r)).toEqual(['started']);
  });
  it('does not start an application the person cannot have seen (after a sleep)', () => {
    let s = started('guide', { settings: auto });
    s = apply(s, { type: 'wake' }, t0 + 20 * MINUTE, auto).session as Session;
    const r = apply(s, { type: 'wake' }, t0 + 5 * HOUR, auto);
    expect(r.session?.status).toBe('due');
    expect(notifications(r)).toEqual(['due']);
  });
});

describe('history says what was not done', () => {
  it('stopping while an application is due logs it as skipped', () => {
    const r = apply(started(), { type: 'stop' }, t0 + MINUTE);
    expect(logsOf(r.effects)).toEqual([expect.objectContaining({ outcome: 'skipped' })]);
  });
  it('an application still due when the window ends is logged as skipped', () => {
    const s = started('guide', { injuryAgo: 47 * HOUR + 50 * MINUTE });
    const r = apply(s, { type: 'wake' }, t0 + 10 * MINUTE);
    expect(logsOf(r.effects)).toEqual([
      expect.objectContaining({ outcome: 'skipped', endedAt: t0 + 10 * MINUTE }),
    ]);
  });
});

describe('heat after the acute window', () => {
  it('the heat plan may follow a spasm older than 72 h (hand-over from a finished guide cycle)', () => {
    const r = apply(null, { type: 'start', planId: 'heat', injuryAt: t0 - 80 * HOUR, id: 'h' }, t0);
    expect(r.session?.status).toBe('due');
  });
});

describe('take it off is never silenced', () => {
  it('a rest cannot be paused while the take-off alert is unanswered', () => {
    const s = apply(
      apply(started(), { type: 'confirm' }, t0).session,
      { type: 'wake' },
      t0 + 20 * MINUTE,
    ).session;
    expect(view(s, t0 + 21 * MINUTE).can.pause).toBe(false);
    expect(transition(s, { type: 'pause' }, t0 + 21 * MINUTE, DEFAULT_SETTINGS).error).toBe(
      'notAllowed',
    );
    const acked = apply(s, { type: 'ackTakeOff' }, t0 + 21 * MINUTE).session;
    expect(view(acked, t0 + 22 * MINUTE).can.pause).toBe(true);
  });
});
