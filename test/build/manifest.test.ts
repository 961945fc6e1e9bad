/**
 * The manifest asks for the least it needs and serves Chromium and Firefox from one file
 * (see /work/shared/design/PLATFORM.md §1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from './png';

const root = join(import.meta.dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const ICON_SIZES = ['16', '32', '48', '96', '128'];

describe('manifest.json', () => {
  it('is MV3 with localised name, description and action title', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(manifest.default_locale).toBe('en');
    expect(manifest.action.default_title).toBe('__MSG_extActionTitle__');
    expect(manifest.action.default_popup).toBe('popup.html');
  });

  it('asks for exactly alarms, notifications, storage, offscreen and idle, and no host access', () => {
    // offscreen: Chromium's chime (Firefox skips it with a lint warning, scripts/lint-ext.mjs);
    // idle: re-sync and remind when the person comes back.
    expect([...manifest.permissions].sort()).toEqual([
      'alarms',
      'idle',
      'notifications',
      'offscreen',
      'storage',
    ]);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|:\/\/\*|\*:\/\//);
  });

  it('runs one background file as a Chrome service worker and a Firefox event page', () => {
    expect(manifest.background.service_worker).toBe('background.js');
    expect(manifest.background.scripts).toEqual([manifest.background.service_worker]);
    // Classic script in both: Firefox event pages and our IIFE bundle need no "module" type.
    expect(manifest.background.type).toBeUndefined();
  });

  it('sets a CSP that allows only packaged resources and no network connections', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = new Map<string, string[]>(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((words) => words[0] !== '')
        .map(([name = '', ...sources]) => [name, sources]),
    );
    // default-src covers what has no directive of its own: images, media, fonts, frames, styles.
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const name of ['img-src', 'media-src', 'font-src', 'frame-src', 'style-src']) {
      expect(directives.has(name), name).toBe(false);
    }
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
  });

  it('declares every icon size, and each PNG exists with those pixel dimensions', () => {
    expect(Object.keys(manifest.icons).sort()).toEqual([...ICON_SIZES].sort());
    const declared: [string, string][] = [
      ...Object.entries(manifest.icons as Record<string, string>),
      ...Object.entries(manifest.action.default_icon as Record<string, string>),
    ];
    for (const [size, path] of declared) {
      const file = join(root, path);
      expect(existsSync(file), path).toBe(true);
      expect(pngSize(file), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('has the Firefox settings AMO needs', () => {
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/^[a-z0-9-]+@[a-z0-9.-]+$/);
    expect(gecko.strict_min_version).toBe('140.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.minimum_chrome_version).toBe('120');
  });

  it('opens the options page in a tab', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(manifest.options_page).toBeUndefined();
  });

  it('declares the two shortcuts with valid keys, at most four suggested, and a localised description', () => {
    const commands = manifest.commands as Record<
      string,
      { suggested_key?: Record<string, string>; description?: string }
    >;
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'toggle-confirm-pause']);
    expect(commands['toggle-confirm-pause']?.description).toMatch(/^__MSG_\w+__$/);
    const keys = Object.values(commands).flatMap((c) => Object.values(c.suggested_key ?? {}));
    // Chrome allows at most 4 commands with suggested keys; each needs Ctrl/Alt (MacCtrl on mac)
    // plus one key, and never Ctrl+Alt (AltGr on Windows).
    expect(Object.values(commands).filter((c) => c.suggested_key).length).toBeLessThanOrEqual(4);
    for (const key of keys) {
      expect(key).toMatch(/^(Ctrl|Alt|MacCtrl|Command)\+(Shift\+)?[A-Z0-9]$/);
      expect(key).not.toMatch(/Ctrl\+Alt|Alt\+Ctrl/);
    }
    // Not Chrome's own Alt+Shift+I (feedback form), Alt+Shift+A/B/T (focus dialogs, bookmarks, toolbar).
    const reserved = ['Alt+Shift+I', 'Alt+Shift+A', 'Alt+Shift+B', 'Alt+Shift+T'];
    expect(keys.filter((k) => reserved.includes(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves the version to package.json (the build writes it)', () => {
    expect(manifest.version).toBeUndefined();
  });
});
