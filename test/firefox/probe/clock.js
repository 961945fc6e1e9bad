/**
 * Test-only: the first script of the event page and of popup.html in the probe copy of dist
 * (test/firefox/probe-copy.mjs; never in dist). Date.now() and new Date() read real time + the
 * offset the suite keeps in localStorage, which every extension page shares, so the popup and
 * the event page (a restarted one too) agree on the shifted clock. Real time stays reachable
 * as `__icecycleE2eRealNow()`.
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
})();
