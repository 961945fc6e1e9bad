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

/**
 * The guide's topics, then the footer: not medical advice, when to get help, the welcome page
 * (safety checklist, test alert) and the keyboard shortcuts, when any are set.
 */
export function GuideLinks({
  openPage,
  shortcuts,
}: {
  readonly openPage: (path: string) => void;
  /** The shortcuts line, or null to show none. */
  readonly shortcuts: string | null;
}): JSX.Element {
  const open = (path: string, label: string): JSX.Element => (
    <button type="button" class="link" onClick={() => openPage(path)}>
      {t(label)}
    </button>
  );
  const link = (topic: GuideTopic, label: string): JSX.Element => open(guidePath(topic), label);
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
        <p>
          {t('popupNotAdvice')}
          <span aria-hidden="true"> · </span>
          {link('help', 'popupGuideHelp')}
        </p>
        {open('welcome.html', 'popupWelcome')}
        {shortcuts ? <p>{shortcuts}</p> : null}
      </footer>
    </>
  );
}
