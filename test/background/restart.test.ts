import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALARM_NAME } from '../../src/shared/storage-keys';
import type { Harness } from './harness';
import { createHarness, HOUR, MIN, t0 } from './harness';

let h: Harness;

beforeEach(async () => {
  h = createHarness();
  await h.boot();
  await h.send({ type: 'start', planId: 'guide', injuryAt: t0 - 3 * HOUR });
  await h.send({ type: 'confirm' });
  await h.clock.advance(7 * MIN + 30_000);
});
afterEach(() => h.dispose());

describe('a background that is killed mid-phase', () => {
  it('continues from storage when a new worker wakes (alarms kept, nothing re-created)', async () => {
    const before = h.stored();
    const creates = h.browser.alarms.createCalls.length;
    h.browser.restart();
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    // Same phase, same instants (only the engine's lastSeenAt bookkeeping moves on).
    expect({ ...h.stored(), lastSeenAt: 0 }).toEqual({ ...before, lastSeenAt: 0 });
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 8 * MIN }]);
    expect(h.browser.alarms.createCalls.length).toBe(creates);
    expect(h.browser.action.badgeText).toBe('13m');

    // The new worker's listeners carry on: the ice still ends at t0 + 20 min.
    await h.clock.set(t0 + 20 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
  });

  it('re-arms the alarm at the same instant and restores the badge after a browser restart', async () => {
    h.browser.restart({ browserRestart: true });
    expect(h.browser.alarms.peek()).toEqual([]);
    expect(h.browser.action.badgeText).toBe('');
    await h.boot();
    await h.browser.runtime.onStartup.dispatch();
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 8 * MIN }]);
    expect(h.browser.action.badgeText).toBe('13m');
    expect(h.stored()?.phaseEndsAt).toBe(t0 + 20 * MIN);
  });

  it('re-arms on install or update too (Chrome clears alarms when an extension updates)', async () => {
    h.browser.restart({ browserRestart: true });
    await h.boot();
    await h.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.9' });
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 8 * MIN }]);
  });

  it('re-arms when the add-on is disabled and re-enabled: no onStartup, no onInstalled', async () => {
    const alerts = h.browser.notifications.created.length;
    // Disabling drops the in-memory alarm and the worker; enabling only loads the script again.
    h.browser.restart({ browserRestart: true });
    await h.boot();
    expect(h.browser.alarms.peek()).toEqual([{ name: ALARM_NAME, scheduledTime: t0 + 8 * MIN }]);
    expect(h.browser.action.badgeText).toBe('13m');
    expect(h.browser.notifications.created.length).toBe(alerts);
    // And the ice still ends with its alert.
    await h.clock.set(t0 + 20 * MIN);
    expect(h.shown()).toEqual([expect.objectContaining({ title: 'Take the ice off now' })]);
  });

  it('registers every listener synchronously when the module loads', async () => {
    h.browser.restart();
    const { runtime, alarms, notifications } = h.browser;
    const loading = h.boot();
    await loading;
    expect(runtime.onInstalled.hasListeners()).toBe(true);
    expect(runtime.onStartup.hasListeners()).toBe(true);
    expect(runtime.onMessage.hasListeners()).toBe(true);
    expect(alarms.onAlarm.hasListeners()).toBe(true);
    expect(notifications.onClicked.hasListeners()).toBe(true);
    expect(notifications.onButtonClicked?.hasListeners()).toBe(true);
  });
});
