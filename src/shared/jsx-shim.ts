/**
 * Injected by build.mjs into every view bundle for the classic JSX transform (`__h(...)` calls
 * instead of the automatic runtime's `jsx()` wrapper; ~140 B gzip off the popup). The names are
 * ones no source file uses, so a local `h` (hours) can never capture a JSX call.
 */
export { Fragment as __F, h as __h } from 'preact';
