/**
 * Functions the suite runs *inside* the browser (serialised by Playwright's evaluate, so each is
 * self-contained: no imports, no outer variables). They are test-side instrumentation injected
 * into a running worker or page; nothing here is part of the shipped bundle
 * (release-bundle.e2e.ts checks that).
 */

/** The slice of the extension API these functions touch (the worker's global `chrome`). */
interface ChromeLike {
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    clear(name: string): Promise<boolean>;
    onAlarm: { addListener(cb: (alarm: { name: string; scheduledTime: number }) => void): void };
  };
  notifications: {
    create(id: string, options: NotifyOptions): Promise<string>;
  };
}

interface NotifyOptions {
  title?: string;
  message?: string;
  requireInteraction?: boolean;
  silent?: boolean;
  buttons?: { title: string }[];
}

export interface ClockState {
  offset: number;
  realNow: () => number;
}

export interface NotifyRecord {
  readonly id: string;
  readonly title: string;
  readonly message: string;
  /** Chromium-only options: kept on screen until acted on, shown without sound, its buttons. */
  readonly requireInteraction: boolean;
  readonly silent: boolean;
  readonly buttons: string[];
  /** The (possibly shifted) clock when the background asked for it. */
  readonly at: number;
}

export interface AlarmCall {
  readonly op: 'create' | 'clear';
  readonly name: string;
  readonly when: number | null;
  readonly byTest: boolean;
}

export interface Recorder {
  notifications: NotifyRecord[];
  alarmCalls: AlarmCall[];
  fired: { name: string; scheduledTime: number; at: number }[];
  /** Browser calls in flight (any context in this global) and when the last one began or ended. */
  busy: { pending: number; lastAt: number };
  /** Arms the extension's alarm at a real instant without being recorded as the product's call. */
  fireAt(name: string, realWhen: number): Promise<void>;
}

/**
 * Shifts this global's clock: `Date.now()` and `new Date()` read real time + `offset` ms. The
 * background and the popup call `Date.now()` at each use, so the shift applies at once. Other
 * Date uses (explicit instants, formatting) are untouched.
 */
export function installClock(offset: number): void {
  const g = globalThis as unknown as { __icecycleE2eClock?: ClockState; Date: DateConstructor };
  if (!g.__icecycleE2eClock) {
    const RealDate = g.Date;
    const realNow = RealDate.now.bind(RealDate);
    const state: ClockState = { offset: 0, realNow };
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(realNow() + state.offset);
        else super(...(args as [number]));
      }
      static override now(): number {
        return realNow() + state.offset;
      }
    }
    g.Date = ShiftedDate as DateConstructor;
    g.__icecycleE2eClock = state;
  }
  g.__icecycleE2eClock.offset = offset;
}

/** Real (unshifted) epoch ms in this global. */
export function realNow(): number {
  const g = globalThis as unknown as { __icecycleE2eClock?: ClockState };
  return g.__icecycleE2eClock ? g.__icecycleE2eClock.realNow() : Date.now();
}

/**
 * Records what the background asks of the notifications and alarms APIs, by wrapping the
 * methods on the API objects the background calls at run time. `browser` and `chrome` are
 * different objects in Chromium 148+ but share the namespace objects; both are wrapped if not.
 */
export function installRecorder(): void {
  const g = globalThis as unknown as {
    chrome: ChromeLike;
    browser?: ChromeLike;
    __icecycleE2eRec?: Recorder;
    __icecycleE2eClock?: ClockState;
  };
  if (g.__icecycleE2eRec) return;
  const now = (): number => Date.now();
  const real = (): number => (g.__icecycleE2eClock ? g.__icecycleE2eClock.realNow() : Date.now());
  const namespaces = [g.chrome, g.browser].filter(
    (ns, i, all): ns is ChromeLike => ns !== undefined && all.indexOf(ns) === i,
  );
  const notificationApis = [...new Set(namespaces.map((ns) => ns.notifications))];
  const alarmApis = [...new Set(namespaces.map((ns) => ns.alarms))];
  const firstAlarms = alarmApis[0];
  if (!firstAlarms) throw new Error('no alarms API in this context');
  const realCreate = firstAlarms.create.bind(firstAlarms);
  const rec: Recorder = {
    notifications: [],
    alarmCalls: [],
    fired: [],
    busy: { pending: 0, lastAt: real() },
    fireAt: async (name, realWhen) => {
      rec.alarmCalls.push({ op: 'create', name, when: realWhen, byTest: true });
      await realCreate(name, { when: realWhen });
    },
  };
  // Every browser call the background awaits while settling an event is tracked, so the test
  // can tell when it is done: nothing in flight and nothing new for a moment (Extension.settle).
  const tracked: Record<string, string[]> = {
    'storage.local': ['get', 'set', 'remove'],
    'storage.sync': ['get', 'set'],
    action: ['setBadgeText', 'setBadgeBackgroundColor', 'setBadgeTextColor', 'setTitle'],
    notifications: ['create', 'clear', 'getAll'],
    alarms: ['get', 'create', 'clear'],
    offscreen: ['createDocument'],
    runtime: ['sendMessage', 'getContexts'],
    tabs: ['create'],
  };
  const seen = new Set<unknown>();
  for (const ns of namespaces as unknown as Record<string, unknown>[]) {
    for (const [path, methods] of Object.entries(tracked)) {
      const api = path
        .split('.')
        .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], ns) as
        | Record<string, unknown>
        | undefined;
      if (!api || seen.has(api)) continue;
      seen.add(api);
      for (const method of methods) {
        const original = api[method];
        if (typeof original !== 'function') continue;
        api[method] = (...args: unknown[]) => {
          rec.busy.pending += 1;
          rec.busy.lastAt = real();
          const settle = (): void => {
            rec.busy.pending -= 1;
            rec.busy.lastAt = real();
          };
          try {
            const result = Promise.resolve(original.apply(api, args));
            result.then(settle, settle);
            return result;
          } catch (error) {
            settle();
            throw error;
          }
        };
      }
    }
  }
  for (const api of notificationApis) {
    const create = api.create.bind(api);
    api.create = (id, options) => {
      rec.notifications.push({
        id,
        title: String(options?.title ?? ''),
        message: String(options?.message ?? ''),
        requireInteraction: options?.requireInteraction === true,
        silent: options?.silent === true,
        buttons: (options?.buttons ?? []).map((b) => b.title),
        at: now(),
      });
      return create(id, options);
    };
  }
  for (const api of alarmApis) {
    const create = api.create.bind(api);
    const clear = api.clear.bind(api);
    api.create = (name, info) => {
      rec.alarmCalls.push({ op: 'create', name, when: info?.when ?? null, byTest: false });
      return create(name, info);
    };
    api.clear = (name) => {
      rec.alarmCalls.push({ op: 'clear', name, when: null, byTest: false });
      return clear(name);
    };
  }
  firstAlarms.onAlarm.addListener((alarm) => {
    rec.fired.push({ name: alarm.name, scheduledTime: alarm.scheduledTime, at: real() });
  });
  g.__icecycleE2eRec = rec;
}

/** Where `installHang` stops the background: a browser call it makes while settling an event. */
export type HangPoint =
  /** The save of a transition (storage.local.set with the session): dies before saving. */
  | 'saveSession'
  /** notifications.create: dies after saving, before the alert is shown. */
  | 'notify'
  /** notifications.clear: dies after saving, before the alert is cleared. */
  | 'clearNotification'
  /** action.setBadgeText: dies after the alert, before the badge is set. */
  | 'badge';

export interface HangState {
  point: HangPoint;
  /** Set when the background reached the point (the call never returns, and was not made). */
  hit: boolean;
}

/**
 * Makes the background's next call at `point` hang for ever without reaching the browser, and
 * marks `hit`: the test then stops the worker there, which is a worker killed at exactly that
 * step of a transition (runner.ts: load, transition, arm, save, perform, clear the outbox).
 */
export function installHang(point: HangPoint): void {
  type Fn = (...args: unknown[]) => Promise<unknown>;
  const g = globalThis as unknown as {
    chrome: Record<string, Record<string, unknown>>;
    browser?: Record<string, Record<string, unknown>>;
    __icecycleE2eHang?: HangState;
  };
  const state: HangState = { point, hit: false };
  g.__icecycleE2eHang = state;
  const never = (): Promise<unknown> => new Promise(() => undefined);
  const namespaces = [g.chrome, g.browser].filter(
    (ns, i, all): ns is Record<string, Record<string, unknown>> =>
      ns !== undefined && all.indexOf(ns) === i,
  );
  const targets: [Record<string, unknown>, string, (args: unknown[]) => boolean][] = [];
  for (const ns of namespaces) {
    const storage = ns.storage as { local: Record<string, unknown> };
    if (point === 'saveSession') {
      targets.push([
        storage.local,
        'set',
        (args) => typeof args[0] === 'object' && args[0] !== null && 'session' in args[0],
      ]);
    }
    if (point === 'notify')
      targets.push([ns.notifications as Record<string, unknown>, 'create', () => true]);
    if (point === 'clearNotification') {
      targets.push([ns.notifications as Record<string, unknown>, 'clear', () => true]);
    }
    if (point === 'badge')
      targets.push([ns.action as Record<string, unknown>, 'setBadgeText', () => true]);
  }
  const done = new Set<string>();
  for (const [api, method, matches] of targets) {
    const original = api[method] as Fn;
    // The same namespace object reached through `chrome` and `browser` is wrapped once.
    if ((original as { __hang?: boolean }).__hang) continue;
    const wrapped: Fn = (...args) => {
      if (!state.hit && matches(args)) {
        state.hit = true;
        return never();
      }
      return original.apply(api, args);
    };
    (wrapped as { __hang?: boolean }).__hang = true;
    api[method] = wrapped;
    done.add(method);
  }
  if (done.size === 0) throw new Error(`nothing to hang at ${point}`);
}
