/** `--watch`: rebuild everything whenever an input changes. */
import { existsSync, watch as fsWatch, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeError, ICONS_DIR, root } from './common.mjs';

/** Runs `build` now and again after each change (never two at once; changes coalesce). */
export function watchLoop(build, log) {
  let timer = null;
  let running = false;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await build();
    } catch (error) {
      log.error(describeError(error));
    }
    running = false;
    if (again) {
      again = false;
      void rebuild();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 80);
  };
  // Watching the inputs (sources, locales, icons, manifest) and rebuilding everything is
  // simple and still fast (~100 ms); dist/ is cleaned each time, so nothing stale survives.
  for (const target of ['src', ICONS_DIR, 'manifest.json', 'package.json']) {
    const path = join(root, target);
    if (!existsSync(path)) continue;
    fsWatch(path, { recursive: statSync(path).isDirectory() }, schedule);
  }
  log.info('watching src/, icons/, manifest.json for changes (Ctrl+C to stop)');
  return rebuild();
}
