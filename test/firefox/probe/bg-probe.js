/**
 * Test-only: runs in the Firefox event page *before* background.js, in the probe copy of dist
 * that test/firefox/probe-copy.mjs makes (never in dist itself), after page-probe.js. It
 *   - records what the background asks for: notifications (with their options), the chime's
 *     oscillators, action.openPopup outcomes;
 *   - keeps the listener the background gives notifications.onClicked, so the suite can run the
 *     real click handler (headless Firefox has no desktop to click on);
 *   - answers `{ type: 'e2e-probe', op }` messages (the background ignores unknown types);
 *   - logs an error and throws one at load: the positive control for the event page.
 */

(() => {
  const realNow = globalThis.__icecycleE2eRealNow;

  const rec = { notified: [], chimes: 0, openPopup: [], loadedAt: realNow() };
  let clickListener = null;

  const notifications = browser.notifications;
  const create = notifications.create.bind(notifications);
  notifications.create = (id, options) => {
    rec.notified.push({ id, at: Date.now(), ...options });
    return create(id, options);
  };
  const onClicked = notifications.onClicked;
  const addClicked = onClicked.addListener.bind(onClicked);
  onClicked.addListener = (listener) => {
    clickListener = listener;
    return addClicked(listener);
  };

  // The chime (src/shared/chime.ts) starts oscillators on the event page's AudioContext.
  const Scheduled = globalThis.AudioScheduledSourceNode;
  if (Scheduled) {
    const start = Scheduled.prototype.start;
    Scheduled.prototype.start = function (...args) {
      rec.chimes += 1;
      return start.apply(this, args);
    };
  }

  const action = browser.action;
  if (typeof action.openPopup === 'function') {
    const openPopup = action.openPopup.bind(action);
    action.openPopup = (...args) =>
      openPopup(...args).then(
        (value) => {
          rec.openPopup.push('opened');
          return value;
        },
        (error) => {
          rec.openPopup.push(`refused: ${error?.message ?? error}`);
          throw error;
        },
      );
  }

  const ops = {
    record: async () => ({ ...rec, hasClickListener: typeof clickListener === 'function' }),
    now: async () => ({ now: Date.now(), real: realNow() }),
    /** Fires the product's alarm at real now + 50 ms (the shipped onAlarm runs, shifted clock). */
    fire: async ({ name }) => {
      await browser.alarms.create(name, { when: realNow() + 50 });
      return { armedAt: realNow() };
    },
    /** What a click on the notification runs: the listener the background registered. */
    click: async ({ id }) => {
      if (typeof clickListener !== 'function') throw new Error('no onClicked listener');
      await clickListener(id);
      return { clicked: id };
    },
  };
  // Positive control: an error and a console.error of the event page, which the suite must find
  // in Firefox's output like any of the product's own.
  console.error('icecycle e2e probe: event page console.error');
  setTimeout(() => {
    throw new Error('icecycle e2e probe: event page error');
  }, 0);

  browser.runtime.onMessage.addListener((message) => {
    if (message?.type !== 'e2e-probe') return undefined;
    const op = ops[message.op];
    return op ? op(message) : Promise.reject(new Error(`unknown op ${message.op}`));
  });
})();
