/**
 * Test-only positive control (probe copy only): a console.error, an uncaught error and an unhandled rejection on
 * an extension page, which the suite must see in Firefox's output by the fixed moz-extension host.
 */

console.error('icecycle e2e probe: console.error');
Promise.reject(new Error('icecycle e2e probe: unhandled rejection'));
throw new Error('icecycle e2e probe: uncaught error');
