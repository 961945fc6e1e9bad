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
    create(id: string, options: { title?: string; message?: string }): Promise<string>;
  };
}

export interface ClockState {
  offset: number;
  realNow: () => number;
}

export interface NotifyRecord {
  readonly id: string;
  readonly title: string;
  readonly message: string;
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
    fireAt: async (name, realWhen) => {
      rec.alarmCalls.push({ op: 'create', name, when: realWhen, byTest: true });
      await realCreate(name, { when: realWhen });
    },
  };
  for (const api of notificationApis) {
    const create = api.create.bind(api);
    api.create = (id, options) => {
      rec.notifications.push({
        id,
        title: String(options?.title ?? ''),
        message: String(options?.message ?? ''),
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
