import type { JSX } from 'preact';
import { t } from '../../shared/i18n';

/**
 * The guide topics the popup links to. Topic ids duplicated from src/pages/guide on purpose:
 * views must not import pages (ARCHITECTURE.md, "arrows only point down").
 */
export const GUIDE_LINKS = [
  { topic: 'ice', label: 'popupGuideIce' },
  { topic: 'heat', label: 'popupGuideHeat' },
  { topic: 'movement', label: 'popupGuideMovement' },
  { topic: 'help', label: 'popupGuideHelp' },
] as const;

export type GuideTopic = (typeof GUIDE_LINKS)[number]['topic'];

export function guidePath(topic: GuideTopic): string {
  return `guide.html#${topic}`;
}

interface GuideLinksProps {
  readonly openPage: (path: string) => void;
  /** The guide topic that fits the screen, if any. */
  readonly topic: Exclude<GuideTopic, 'help'> | null;
  /** The shortcuts ("Alt+Shift+Y open"), or null to show none. */
  readonly shortcuts: readonly string[] | null;
}

/**
 * The footer, compact: "When to get help" (always, once), the topic that fits the screen, the
 * whole guide, the safety checklist; then "not medical advice" and the keyboard shortcuts.
 */
export function GuideLinks({ openPage, topic, shortcuts }: GuideLinksProps): JSX.Element {
  const link = (path: string, label: string, variant = ''): JSX.Element => (
    <li key={path}>
      <button type="button" class={`link ${variant}`} onClick={() => openPage(path)}>
        {t(label)}
      </button>
    </li>
  );
  const topicLink = GUIDE_LINKS.find((l) => l.topic === topic);
  return (
    <footer>
      <ul class="links">
        {link(guidePath('help'), 'popupGuideHelp', 'strong')}
        {topicLink ? link(guidePath(topicLink.topic), topicLink.label) : null}
        {link('guide.html', 'popupGuideAll')}
        {link('welcome.html', 'popupWelcome')}
      </ul>
      <p class="muted small">{t('popupNotAdvice')}</p>
      {shortcuts ? (
        // The keys speak for themselves on one line; the label is there for screen readers.
        <p class="muted small keys">
          <span class="visually-hidden">{t('popupKeys')} </span>
          {shortcuts.map((item, k) => (
            <span key={item}>
              {k > 0 ? ' · ' : ''}
              <span class="key">{item}</span>
            </span>
          ))}
        </p>
      ) : null}
    </footer>
  );
}
