/**
 * The end-to-end suites run on the real clock, and the product's default quiet hours (23:00–07:00
 * local) hold due applications. So that no scenario depends on the hour the suite happens to run
 * (CI may start at midnight), the browsers run in a fixed-offset zone where it is about midday now.
 * Scenarios that test quiet hours move time into them themselves.
 *
 * `Etc/GMT-N` is UTC+N (the sign is inverted in the tz database); N ranges over -12..14.
 */
export function middayZone(now = new Date()) {
  const offset = 12 - now.getUTCHours(); // -11 … +12 hours
  if (offset === 0) return 'Etc/UTC';
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}
