/**
 * Test-only: the first script of every page of the probe copy of dist, the event page included
 * (test/firefox/probe-copy.mjs; never in dist).
 *   - The clock: Date.now() and new Date() read real time + the offset the suite keeps in
 *     localStorage, which every extension page shares, so the popup and the event page (a
 *     restarted one too) agree on the shifted clock. Real time stays `__icecycleE2eRealNow()`.
 *   - console.error is tagged with the page: Firefox prints `console.error:` lines without it,
 *     and prints its own (e.g. "RSLoader:") the same way, so an untagged line proves nothing.
 */

(() => {
  const OFFSET_KEY = 'icecycle-e2e-offset';
  const RealDate = Date;
  const realNow = RealDate.now.bind(RealDate);
  const offset = () => Number(globalThis.localStorage.getItem(OFFSET_KEY)) || 0;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(realNow() + offset());
      else super(...args);
    }
    static now() {
      return realNow() + offset();
    }
  }
  globalThis.Date = ShiftedDate;
  globalThis.__icecycleE2eRealNow = realNow;

  const error = console.error.bind(console);
  console.error = (...args) => {
    console.log(`ICECYCLE_E2E console.error at ${location.href}:`, ...args.map(String));
    error(...args);
  };
})();
