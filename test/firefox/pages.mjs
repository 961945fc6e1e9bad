/**
 * The other pages in Firefox: the options page saves a change that persists; the welcome page,
 * the guide's index and every guide topic render with no JavaScript error (read from Firefox's
 * output by the fixed moz-extension host); a probe page that throws proves that detection can
 * fail.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clickByName, ORIGIN, sleep, storage, textOf, waitFor } from './firefox.mjs';
import { BG_PROBE, PROBE_TEXT, THROW_PAGE, THROW_SCRIPT } from './probe-copy.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

/** The guide's topics and their title keys, read from the source tables (no TS import here). */
export function guideTopics() {
  const topics = readFileSync(join(ROOT, 'src/pages/guide/topics.ts'), 'utf8');
  const content = readFileSync(join(ROOT, 'src/pages/guide/content.ts'), 'utf8');
  const list = /GUIDE_TOPICS = \[([^\]]*)\]/.exec(topics)?.[1].match(/[a-z]+/g) ?? [];
  const found = list.map((topic) => ({
    topic,
    titleKey: new RegExp(`\\b${topic}: \\{\\s*titleKey: '(\\w+)'`).exec(content)?.[1],
  }));
  // A regex that stops matching must fail the suite, not leave it with nothing to check.
  if (found.length === 0 || found.some((t) => !t.titleKey)) {
    throw new Error(`guide topics not read from src/pages/guide: ${JSON.stringify(found)}`);
  }
  return found;
}

/** The h1 of a page once it has rendered (the pages render client-side). */
const heading = (page) =>
  waitFor(
    'a heading',
    () => page.evaluate(() => document.querySelector('h1')?.textContent.trim() ?? ''),
    (x) => x !== '',
  );

/** Opens `path`, checks its heading, then that Firefox printed no error for our pages. */
async function renders(ff, path, title, more = () => undefined) {
  const mark = ff.lines.length;
  const page = await ff.open(path);
  assert.equal(await heading(page), title);
  await more(page);
  await sleep(300); // a moment for a late error to be printed
  assert.deepEqual([...ff.errorsSince(mark), ...ff.consoleErrorsSince(mark)], []);
  await page.close();
}

export async function pageChecks({ ff, t, check }) {
  await check('the options page saves a change, and it persists', async () => {
    const options = await ff.open('options.html');
    assert.equal(await heading(options), t('optionsTitle'));
    await clickByName(options, t('optionsReminderEvery'), 'label');
    const field = await options.evaluateHandle(() => document.activeElement);
    assert.equal(await field.evaluate((el) => el.tagName), 'INPUT', 'the label focuses its field');
    const before = await field.evaluate((el) => el.value);
    const next = before === '10' ? '15' : '10';
    await field.evaluate((el) => el.select());
    await options.keyboard.type(next);
    await clickByName(options, t('optionsSave'), 'button');
    await waitFor(
      '"Saved."',
      () => textOf(options),
      (x) => x.includes(t('optionsSaved')),
    );
    const { settings } = await storage(options, 'sync');
    assert.equal(settings?.reminderEveryMinutes, Number(next));
    await options.close();
    const again = await ff.open('options.html');
    await heading(again);
    const shown = await again.evaluate((label) => {
      const el = [...document.querySelectorAll('label')].find(
        (l) => l.textContent.trim() === label,
      );
      return el?.control?.value;
    }, t('optionsReminderEvery'));
    assert.equal(shown, next);
    await again.close();
  });

  await check('the welcome page renders with no error', () =>
    renders(ff, 'welcome.html', t('welcomeTitle')),
  );

  await check('the guide index renders with no error', () =>
    renders(ff, 'guide.html', t('guideIndexTitle')),
  );

  for (const { topic, titleKey } of guideTopics()) {
    await check(`guide page "${topic}" renders, with sources, no error`, () =>
      renders(ff, `guide.html#${topic}`, t(titleKey ?? `(no title key for ${topic})`), async (p) =>
        assert.ok((await textOf(p)).includes(t('guideSourcesTitle'))),
      ),
    );
  }

  await check(
    "positive control: the probe event page's error and console.error were caught",
    () => {
      const found = [...ff.errorsSince(), ...ff.consoleErrorsSince()].filter((line) =>
        line.includes(PROBE_TEXT),
      );
      assert.ok(
        found.some((line) => line.includes(`${ORIGIN}/${BG_PROBE}`)),
        'its error',
      );
      assert.ok(
        found.some((line) => line.includes('_generated_background_page')),
        'console.error',
      );
    },
  );

  await check(
    'positive control: a probe page that throws is caught by the same filter',
    async () => {
      const mark = ff.lines.length;
      const page = await ff.open(THROW_PAGE);
      const caught = await waitFor(
        'the probe error in Firefox output',
        async () => ff.errorsSince(mark),
        (errors) => errors.some((line) => line.includes(`${ORIGIN}/${THROW_SCRIPT}`)),
      );
      assert.ok(caught.length >= 1);
      // console.error lines carry no page: the probe's own one must show up as one.
      await waitFor(
        "the probe's console.error",
        async () => ff.consoleErrorsSince(mark),
        (lines) => lines.some((line) => line.includes(PROBE_TEXT)),
      );
      await page.close();
    },
  );
}
