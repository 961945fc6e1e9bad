// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GuideApp } from '../../src/pages/guide/components/guide-app';
import { contentKeys, GUIDE_CONTENT } from '../../src/pages/guide/content';
import { GUIDE_SOURCES } from '../../src/pages/guide/sources';
import {
  GUIDE_TOPICS,
  type GuideTopic,
  guideUrl,
  topicFromHash,
} from '../../src/pages/guide/topics';
import { setMessageSource, t } from '../../src/shared/i18n';
import { loadLocale, makeGetMessage } from '../helpers/messages';

const MAX_BODY_WORDS = 300;
const guideDir = join(import.meta.dirname, '..', '..', 'src', 'pages', 'guide');
const guideLocale = JSON.parse(
  readFileSync(
    join(import.meta.dirname, '..', '..', 'src', '_locales', 'en', 'guide.json'),
    'utf8',
  ),
) as Record<string, { message: string }>;

beforeAll(() => {
  setMessageSource(makeGetMessage('en'));
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '#');
});

/** Renders the guide as if opened at guide.html#<topic> (no hashchange fired). */
function renderAt(topic: GuideTopic | null): Element {
  history.replaceState(null, '', topic ? `#${topic}` : '#');
  return render(<GuideApp />).container;
}

function getMain(container: Element): HTMLElement {
  const main = container.querySelector('main');
  if (!main) throw new Error('no <main>');
  return main;
}

/** Words a reader meets in <main>, not counting the sources list (the footer is outside main). */
function bodyWords(main: HTMLElement): number {
  const texts: string[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('[data-guide-sources]')) continue;
    texts.push(node.textContent ?? '');
  }
  return texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Sentences of every text block on the page (headings, paragraphs, list items, links). */
function sentences(root: ParentNode): string[] {
  return [...root.querySelectorAll('h1, h2, p, li')].flatMap((el) =>
    (el.textContent ?? '').split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== ''),
  );
}

// --- Forbidden claims (FACTS §7) -------------------------------------------------------------
/** The seed article's product pitch: never named, not even to debunk it. */
const PRODUCT_WORDS =
  /supplement|bromelain|serrapeptase|proteolytic|\benzymes?\b|Dr\.?\s*Wolf|\b1972\b|Muscle Balance Therapy|Healthy Back Institute|losethebackpain/i;
/** Claims that may appear only inside a sentence that says they are NOT supported. */
const CLAIMS = [
  /leading cause/i,
  /\breduc(e|es|ed|ing)\s+(the\s+)?inflammation/i,
  /\bheal(s|ed|ing|er)?\b/i,
  /\b(ice|cold|heat)\b[^.]*\banti-?inflammatory/i,
];
const NEGATION =
  /\b(not|no|never|cannot|can't|don't|doesn't|isn't|aren't|unsupported|unproven|lacks?|lacking)\b/i;

function forbiddenClaims(sentenceList: string[]): string[] {
  return sentenceList.filter(
    (s) => PRODUCT_WORDS.test(s) || CLAIMS.some((c) => c.test(s) && !NEGATION.test(s)),
  );
}

describe('forbidden-claim checker', () => {
  it('flags affirmative claims and product words, and allows explicit denials', () => {
    expect(forbiddenClaims(['Ice reduces inflammation.'])).toHaveLength(1);
    expect(forbiddenClaims(['Heat helps your back heal faster.'])).toHaveLength(1);
    expect(forbiddenClaims(['Ice speeds healing.'])).toHaveLength(1);
    expect(forbiddenClaims(['Muscle imbalance is the leading cause of back pain.'])).toHaveLength(
      1,
    );
    expect(forbiddenClaims(['Ice works as a natural anti-inflammatory.'])).toHaveLength(1);
    expect(forbiddenClaims(['Try an enzyme supplement; it is not expensive.'])).toHaveLength(1);
    expect(forbiddenClaims(['Dr. Wolf found this in 1972.'])).toHaveLength(1);
    expect(
      forbiddenClaims([
        'There is no good evidence that ice or heat reduce inflammation.',
        'You may read that imbalance is the leading cause of pain; the evidence does not support this.',
        'Heat is the best-supported option.',
        'Aneurin Bevan University Health Board.',
        'Anti-inflammatory painkillers (NSAIDs) work by blocking how prostaglandins are made.',
      ]),
    ).toEqual([]);
  });
});

describe('guide pages', () => {
  it.each(GUIDE_TOPICS)(
    '%s: one h1, logical headings, sources, disclaimer, ≤ 300 words',
    (topic) => {
      const container = renderAt(topic);
      const main = getMain(container);

      const h1s = container.querySelectorAll('h1');
      expect(h1s).toHaveLength(1);
      expect(h1s[0]?.textContent).toBe(t(GUIDE_CONTENT[topic].titleKey));
      const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) =>
        Number(h.tagName.slice(1)),
      );
      levels.forEach((level, i) => {
        if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
      });

      for (const landmark of ['header', 'nav', 'main', 'footer']) {
        expect(container.querySelector(landmark)).not.toBeNull();
      }
      expect(container.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');

      const sourceLinks = main.querySelectorAll<HTMLAnchorElement>('[data-guide-sources] a[href]');
      expect(sourceLinks.length).toBeGreaterThanOrEqual(1);
      for (const a of sourceLinks) {
        expect(a.getAttribute('href')).toMatch(/^https:\/\//);
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')?.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
      }
      expect(main.querySelectorAll('[data-guide-sources] li')).toHaveLength(
        GUIDE_CONTENT[topic].sources.length,
      );

      const footer = container.querySelector('footer');
      expect(footer?.textContent).toMatch(/^Not medical advice\b/);
      expect(footer?.querySelector('a[href="#help"]')).not.toBeNull();

      const words = bodyWords(main);
      expect(words).toBeGreaterThan(80);
      expect(words).toBeLessThanOrEqual(MAX_BODY_WORDS);
    },
  );

  const LOCALES = readdirSync(join(import.meta.dirname, '..', '..', 'src', '_locales')).sort();
  it.each(LOCALES.flatMap((lang) => GUIDE_TOPICS.map((topic) => [lang, topic] as const)))(
    '%s %s: at most 300 words, every message resolved',
    (lang, topic) => {
      setMessageSource(makeGetMessage(lang));
      try {
        const main = getMain(renderAt(topic));
        expect(main.textContent).not.toMatch(/\bguide[A-Z]\w+/);
        const words = bodyWords(main);
        expect(words).toBeGreaterThan(80);
        expect(words, `${lang} ${topic}`).toBeLessThanOrEqual(MAX_BODY_WORDS);
      } finally {
        setMessageSource(makeGetMessage('en'));
      }
    },
  );

  it.each(GUIDE_TOPICS)('%s: no unresolved message key and no forbidden claim', (topic) => {
    const container = renderAt(topic);
    // t() shows a missing key as the key itself.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      expect(node.textContent).not.toMatch(/\bguide[A-Z]\w+/);
    }
    expect(document.title).not.toMatch(/\bguide[A-Z]\w+/);
    expect(forbiddenClaims(sentences(container))).toEqual([]);
    expect(document.body.textContent).not.toMatch(PRODUCT_WORDS);
  });

  it('says the unsupported claims are unsupported where it mentions them', () => {
    const movement = sentences(renderAt('movement')).join(' ');
    expect(movement).toMatch(/leading cause[^.]*does not support/i);
    cleanup();
    const inflammation = sentences(renderAt('inflammation')).join(' ');
    expect(inflammation).toMatch(/no good evidence that ice or heat reduce inflammation/i);
    expect(inflammation).toMatch(/short-term pain relief/i);
  });

  it('ice page tells both timings apart and names both plans', () => {
    const text = getMain(renderAt('ice')).textContent ?? '';
    expect(text).toMatch(/every 2 to 3 hours/);
    expect(text).toMatch(/never more than 20/);
    expect(text).toMatch(/20\/20 cycle/);
    expect(text).toMatch(/Spaced cold/);
    expect(text).toMatch(/bare skin/);
    expect(text).toMatch(/Where evidence is weak/);
  });

  it('help page puts the emergency red flags (FACTS §5) first, with the number in the heading', () => {
    const main = getMain(renderAt('help'));
    const boxes = main.querySelectorAll('section.box');
    expect([...boxes].map((b) => b.className)).toEqual([
      'box box-emergency',
      'box box-urgent',
      'box box-routine',
    ]);
    const emergency = boxes[0]?.textContent ?? '';
    expect(boxes[0]?.querySelector('h2')?.textContent).toMatch(/911 or 112.*emergency room/);
    expect(emergency).toMatch(/local emergency number/);
    const redFlags = [
      /numbness or tingling around your genitals, buttocks or anus/,
      /difficulty peeing/,
      /loss of control of your bladder or bowels/,
      /sciatica.*both legs/,
      /leg weakness or numbness that is severe or getting worse/,
      /chest pain/,
      /serious accident/,
    ];
    for (const flag of redFlags) expect(emergency).toMatch(flag);
    expect(boxes[0]?.querySelectorAll('li')).toHaveLength(6);

    const urgent = boxes[1]?.textContent ?? '';
    expect(urgent).toMatch(/doctor today/);
    for (const flag of [
      /fever/,
      /weight loss/,
      /lump/,
      /worse at night/,
      /cough, sneeze or have a bowel movement/,
      /shoulder blades/,
    ]) {
      expect(urgent).toMatch(flag);
    }
    const routine = boxes[2]?.textContent ?? '';
    for (const flag of [/few weeks/, /daily activities/, /struggling to cope/, /over 50/]) {
      expect(routine).toMatch(flag);
    }
  });

  it('help page in British English (en_GB) says 999/A&E and GP/111; Spanish says 112 and 911', () => {
    setMessageSource(makeGetMessage('en_GB'));
    try {
      let boxes = getMain(renderAt('help')).querySelectorAll('section.box h2');
      expect(boxes[0]?.textContent).toBe('Call 999 or go to A&E');
      expect(boxes[1]?.textContent).toBe('Get an urgent GP appointment or call 111');
      // Messages en_GB does not override come from en.
      expect(boxes[2]?.textContent).toBe('See a GP or physiotherapist soon');
      expect(document.body.textContent).toMatch(/numbness or tingling around your genitals/);
      cleanup();
      setMessageSource(makeGetMessage('es'));
      boxes = getMain(renderAt('help')).querySelectorAll('section.box h2');
      expect(boxes[0]?.textContent).toMatch(/112 \(España\).*911 \(México/);
    } finally {
      setMessageSource(makeGetMessage('en'));
    }
  });

  it('shows an index of the six topics without a hash, and for an unknown one', () => {
    for (const hash of [null, 'nonsense'] as const) {
      history.replaceState(null, '', hash ? `#${hash}` : '#');
      const { container } = render(<GuideApp />);
      expect(container.querySelector('h1')?.textContent).toBe(t('guideIndexTitle'));
      const links = [...container.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(GUIDE_TOPICS.map((topic) => `#${topic}`));
      cleanup();
    }
  });

  it('switches topic on hashchange, updating title, nav state and focus', async () => {
    document.documentElement.lang = '';
    const container = renderAt('rest');
    await waitFor(() => {
      expect(document.title).toBe(`${t('guideRestTitle')} – IceCycle guide`);
      expect(document.documentElement.lang).toBe('en');
    });
    // First load leaves focus alone.
    expect(document.activeElement).not.toBe(container.querySelector('h1'));

    location.hash = '#heat';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => {
      expect(container.querySelector('h1')?.textContent).toBe(t('guideHeatTitle'));
      expect(document.title).toBe(`${t('guideHeatTitle')} – IceCycle guide`);
      // Focus moves to the new heading so screen readers announce the switch.
      expect(document.activeElement).toBe(container.querySelector('h1'));
    });
    expect(container.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe(
      '#heat',
    );

    // The skip link's "#main" is an in-page jump, not a topic: the page stays.
    location.hash = '#main';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('h1')?.textContent).toBe(t('guideHeatTitle'));

    location.hash = '';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() =>
      expect(container.querySelector('h1')?.textContent).toBe(t('guideIndexTitle')),
    );
  });

  it('mounts from the bundle entry into #app', async () => {
    history.replaceState(null, '', '#ice');
    document.body.innerHTML = '<div id="app"></div>';
    await import('../../src/pages/guide/index');
    await waitFor(() =>
      expect(document.querySelector('#app h1')?.textContent).toBe(t('guideIceTitle')),
    );
  });
});

describe('guide content table', () => {
  it('every key the guide uses exists in guide.json, and guide.json has no unused keys', () => {
    const locale = loadLocale('en');
    const used = new Set<string>();
    for (const topic of GUIDE_TOPICS)
      for (const key of contentKeys(GUIDE_CONTENT[topic])) used.add(key);
    for (const source of Object.values(GUIDE_SOURCES)) used.add(source.titleKey);
    // Keys named directly in the components.
    const files = readdirSync(guideDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.tsx?$/.test(f),
    );
    for (const file of files) {
      const code = readFileSync(join(guideDir, file), 'utf8');
      for (const match of code.matchAll(/'(guide[A-Z]\w*)'/g)) if (match[1]) used.add(match[1]);
    }
    for (const key of used) expect(locale, key).toHaveProperty(key);
    for (const key of Object.keys(guideLocale)) {
      expect(key).toMatch(/^guide[A-Z]/);
      expect(used.has(key), `${key} unused`).toBe(true);
    }
  });

  it('every source URL is https, and every source is cited somewhere', () => {
    const cited = new Set(GUIDE_TOPICS.flatMap((topic) => GUIDE_CONTENT[topic].sources));
    for (const [id, source] of Object.entries(GUIDE_SOURCES)) {
      expect(cited.has(id as keyof typeof GUIDE_SOURCES), `${id} uncited`).toBe(true);
      if ('url' in source) expect(new URL(source.url).protocol, id).toBe('https:');
    }
  });

  it('no guide message names a product or makes an affirmative forbidden claim', () => {
    const all = Object.values(guideLocale).flatMap((m) => m.message.split(/(?<=[.!?])\s+/));
    expect(forbiddenClaims(all)).toEqual([]);
  });

  it('exports the topic list and relative URLs for other views', () => {
    expect(GUIDE_TOPICS).toEqual(['rest', 'inflammation', 'ice', 'heat', 'movement', 'help']);
    expect(guideUrl('ice')).toBe('guide.html#ice');
    expect(topicFromHash('#help')).toBe('help');
    expect(topicFromHash('#main')).toBeNull();
  });
});
