import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../shared/i18n';
import { GUIDE_CONTENT } from '../content';
import { GUIDE_TOPICS, type GuideTopic, isGuideTopic, topicFromHash } from '../topics';
import { GuideIndex } from './guide-index';
import { TopicPage } from './topic-page';

/** The whole guide page; the topic comes from `location.hash` and follows `hashchange`. */
export function GuideApp(): JSX.Element {
  const [topic, setTopic] = useState<GuideTopic | null>(() => topicFromHash(location.hash));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    const onHashChange = (): void => {
      const id = location.hash.slice(1);
      // An in-page anchor such as the skip link's "#main" is not a topic: stay on this page.
      if (id !== '' && !isGuideTopic(id) && document.getElementById(id)) return;
      navigated.current = true;
      setTopic(topicFromHash(location.hash));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    const title = t(topic ? GUIDE_CONTENT[topic].titleKey : 'guideIndexTitle');
    document.title = t('guideDocTitle', title);
    document.documentElement.lang = t('guideLangTag');
    // After an in-page switch, move focus to the new heading so screen readers announce it
    // (a hash change alone does not). Not on first load: the browser's own focus is right then.
    if (navigated.current) headingRef.current?.focus();
  }, [topic]);

  return (
    <>
      <a class="skip-link" href="#main">
        {t('guideSkipLink')}
      </a>
      <header class="site-header">
        <a class="site-name" href="guide.html">
          {t('guideSiteName')}
        </a>
        <nav aria-label={t('guideNavLabel')}>
          <ul>
            {GUIDE_TOPICS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} aria-current={id === topic ? 'page' : undefined}>
                  {t(GUIDE_CONTENT[id].navKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {topic ? (
          <TopicPage key={topic} topic={topic} headingRef={headingRef} />
        ) : (
          <GuideIndex headingRef={headingRef} />
        )}
      </main>
      <footer class="site-footer">
        <p>
          {t('guideFooterNotAdvice')} <a href="#help">{t('guideFooterHelpLink')}</a>
        </p>
      </footer>
    </>
  );
}
