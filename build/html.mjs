/**
 * Every extension page's HTML, from one shell: a deferred packaged script and its stylesheet, no
 * inline code (the extension CSP blocks it). `lang="en"` is the fallback; each page's script sets
 * `lang` (and the title) from the browser's UI language.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DEFAULT_VIEWPORT = 'width=device-width, initial-scale=1';

/** The HTML of `entry`'s page (`entry.page`: optional `title`, `viewport`, `hidden`). */
export function pageHtml(entry) {
  const { title = 'IceCycle', viewport = DEFAULT_VIEWPORT, hidden = false } = entry.page;
  const head = [
    '<meta charset="utf-8" />',
    ...(hidden
      ? []
      : [
          `<meta name="viewport" content="${viewport}" />`,
          '<meta name="color-scheme" content="light dark" />',
        ]),
    `<title>${title}</title>`,
    ...(hidden ? [] : [`<link rel="stylesheet" href="${entry.out}.css" />`]),
    `<script src="${entry.out}.js" defer></script>`,
  ];
  const body = hidden ? '  <body></body>' : '  <body>\n    <div id="app"></div>\n  </body>';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    ...head.map((line) => `    ${line}`),
    '  </head>',
    body,
    '</html>',
    '',
  ].join('\n');
}

export function writePages(entries, outdir) {
  for (const entry of entries) {
    if (entry.page) writeFileSync(join(outdir, `${entry.out}.html`), pageHtml(entry));
  }
}
