/**
 * When this build was made, at day precision (build.mjs defines it from the source's date): a
 * clock that reads earlier is wrong (src/core/clock-fault.ts). Unbuilt (tests), a fixed date.
 */
declare const __ICECYCLE_BUILT_AT__: number | undefined;

/** The fallback when nothing defined it (unit tests run the sources directly). */
const BUILT_AT_UNBUILT = Date.UTC(2026, 0, 1);

export const BUILT_AT: number =
  typeof __ICECYCLE_BUILT_AT__ === 'number' ? __ICECYCLE_BUILT_AT__ : BUILT_AT_UNBUILT;
