import type { JSX } from 'preact';
import { t } from '../../shared/i18n';

/**
 * The guide's topics. Duplicated from src/pages/guide/topics.ts on purpose: views must not
 * import pages (ARCHITECTURE.md, "arrows only point down").
 */
export const GUIDE_LINKS = [
  { topic: 'rest', label: 'popupGuideRest' },
  { topic: 'inflammation', label: 'popupGuideInflammation' },
  { topic: 'ice', label: 'popupGuideIce' },
  { topic: 'heat', label: 'popupGuideHeat' },
  { topic: 'movement', label: 'popupGuideMovement' },
  { topic: 'help', label: 'popupGuideHelp' },
] as const;

export type GuideTopic = (typeof GUIDE_LINKS)[number]['topic'];

export function guidePath(topic: GuideTopic): string {
  return `guide.html#${topic}`;
}

/** The guide's topics, then the footer: not medical advice, and when to get help. */
export function GuideLinks({
  openPage,
}: {
  readonly openPage: (path: string) => void;
}): JSX.Element {
  const link = (topic: GuideTopic, label: string): JSX.Element => (
    <button type="button" class="link" onClick={() => openPage(guidePath(topic))}>
      {t(label)}
    </button>
  );
  return (
    <>
      <nav aria-labelledby="guide-heading">
        <h2 id="guide-heading">{t('popupGuideHeading')}</h2>
        <ul>
          {GUIDE_LINKS.map(({ topic, label }) => (
            <li key={topic}>{link(topic, label)}</li>
          ))}
        </ul>
      </nav>
      <footer>
        {t('popupNotAdvice')}
        <span aria-hidden="true"> · </span>
        {link('help', 'popupGuideHelp')}
      </footer>
    </>
  );
}
