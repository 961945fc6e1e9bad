/** Which browser a fake behaves like: `chromium` or `firefox`. */
export type Flavour = 'chromium' | 'firefox';
