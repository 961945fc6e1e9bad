import type { JSX, RefObject } from 'preact';
import { t } from '../../../shared/i18n';
import { GUIDE_CONTENT } from '../content';
import { GUIDE_TOPICS } from '../topics';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The guide's landing page: the six topics with a one-line summary each. */
export function GuideIndex({ headingRef }: Props): JSX.Element {
  return (
    <>
      <h1 id="guide-title" tabIndex={-1} ref={headingRef}>
        {t('guideIndexTitle')}
      </h1>
      <p>{t('guideIndexIntro')}</p>
      <ul class="topic-list">
        {GUIDE_TOPICS.map((topic) => (
          <li key={topic}>
            <a href={`#${topic}`}>{t(GUIDE_CONTENT[topic].titleKey)}</a>
            <p>{t(GUIDE_CONTENT[topic].summaryKey)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
