/** The bundles the extension ships, and which of them can be built from the sources present. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, root } from './common.mjs';

/**
 * Every bundle the extension ships. `out` is the file name in dist/ (esbuild also emits
 * `<out>.css` when the entry imports CSS); `page` makes it an extension page, `<out>.html`
 * (html.mjs), null for the background. All are IIFE: the background runs as a Chrome service
 * worker *and* as a Firefox event-page script, which rules out ES modules and code splitting
 * there (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/basics).
 */
export const ENTRIES = [
  { out: 'background', source: 'src/background/index.ts', page: null },
  { out: 'popup', source: 'src/popup/index.tsx', page: { viewport: 'width=device-width' } },
  { out: 'guide', source: 'src/pages/guide/index.tsx', page: {} },
  { out: 'options', source: 'src/options/index.tsx', page: {} },
  { out: 'welcome', source: 'src/pages/welcome/index.tsx', page: {} },
  // Chromium plays the chime here (a service worker has no WebAudio); Firefox never opens it.
  // Nobody sees it: no stylesheet, no viewport, no app root.
  {
    out: 'offscreen',
    source: 'src/offscreen/offscreen.ts',
    page: { title: 'IceCycle chime', hidden: true },
  },
];

/** The entries whose source exists; a missing one fails the build unless `allowMissing`. */
export function resolveEntries(allowMissing, log) {
  const present = [];
  for (const entry of ENTRIES) {
    if (existsSync(join(root, entry.source))) {
      present.push(entry);
    } else if (allowMissing) {
      log.warn(`skipping entry "${entry.out}": missing ${entry.source}`);
    } else {
      fail(`entry "${entry.out}" is missing ${entry.source} (pass --allow-missing to skip it)`);
    }
  }
  return present;
}
