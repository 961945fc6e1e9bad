/**
 * build/locales.mjs: locale folders merge one area file at a time; a regional folder (en_GB) may
 * hold only the keys it overrides, and the build ships just those (the browser falls back
 * en_GB → en by itself).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; description?: string }>;
interface LocalesModule {
  mergeLocales(dir: string, defaultLocale?: string): Record<string, Messages>;
  writeLocales(locales: Record<string, Messages>, outdir: string): void;
}

const modulePath = join(import.meta.dirname, '..', '..', 'build', 'locales.mjs');
const { mergeLocales, writeLocales } = (await import(
  pathToFileURL(modulePath).href
)) as LocalesModule;

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A `_locales` folder from `{ lang: { file: messages } }`. */
function localesFolder(tree: Record<string, Record<string, Messages>>): string {
  dir = mkdtempSync(join(tmpdir(), 'icecycle-locales-'));
  for (const [lang, files] of Object.entries(tree)) {
    mkdirSync(join(dir, 'src', lang), { recursive: true });
    for (const [file, messages] of Object.entries(files)) {
      writeFileSync(join(dir, 'src', lang, file), JSON.stringify(messages));
    }
  }
  return join(dir, 'src');
}

const EN = {
  'common.json': { extName: { message: 'IceCycle' }, colour: { message: 'color' } },
  'options.json': { optionsTitle: { message: 'Options' }, optionsSave: { message: 'Save' } },
};

describe('mergeLocales', () => {
  it('merges every area file of a locale into one set of messages', () => {
    const merged = mergeLocales(localesFolder({ en: EN }), 'en');
    expect(Object.keys(merged.en ?? {}).sort()).toEqual([
      'colour',
      'extName',
      'optionsSave',
      'optionsTitle',
    ]);
  });

  it('keeps a partial locale partial: only its own files and keys, nothing filled in', () => {
    const src = localesFolder({
      en: EN,
      en_GB: { 'common.json': { colour: { message: 'colour' } } },
    });
    const merged = mergeLocales(src, 'en');
    expect(merged.en_GB).toEqual({ colour: { message: 'colour' } });
    expect(merged.en?.colour).toEqual({ message: 'color' });

    const out = join(dir, 'dist');
    writeLocales(merged, out);
    const shipped = JSON.parse(
      readFileSync(join(out, '_locales', 'en_GB', 'messages.json'), 'utf8'),
    );
    expect(shipped).toEqual({ colour: { message: 'colour' } });
  });

  it('refuses a key the default locale does not define (an override of nothing)', () => {
    const src = localesFolder({
      en: EN,
      en_GB: { 'common.json': { colour: { message: 'colour' }, favour: { message: 'favour' } } },
    });
    expect(() => mergeLocales(src, 'en')).toThrow(
      'en_GB/ has messages en/ does not define: favour',
    );
  });

  it('refuses a locale folder without any message file', () => {
    const src = localesFolder({ en: EN, en_GB: {} });
    expect(() => mergeLocales(src, 'en')).toThrow('locale folder en_GB/ has no .json files');
  });
});
