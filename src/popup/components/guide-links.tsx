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

interface GuideProps {
  readonly openPage: (path: string) => void;
}

export function GuideLinks({ openPage }: GuideProps): JSX.Element {
  return (
    <nav class="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" class="small-heading">
        {t('popupGuideHeading')}
      </h2>
      <ul class="guide-list">
        {GUIDE_LINKS.map(({ topic, label }) => (
          <li key={topic}>
            <button type="button" class="link" onClick={() => openPage(guidePath(topic))}>
              {t(label)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Footer({ openPage }: GuideProps): JSX.Element {
  return (
    <footer class="footer">
      <span>{t('popupNotAdvice')}</span>
      <span aria-hidden="true"> · </span>
      <button type="button" class="link" onClick={() => openPage(guidePath('help'))}>
        {t('popupGuideHelp')}
      </button>
    </footer>
  );
}
