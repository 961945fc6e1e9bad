import type { JSX, RefObject } from 'preact';
import { t } from '../../../shared/i18n';
import { GUIDE_CONTENT } from '../content';
import type { GuideTopic } from '../topics';
import { GuideBlockView } from './guide-block';
import { SourcesList } from './sources-list';

interface Props {
  topic: GuideTopic;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function TopicPage({ topic, headingRef }: Props): JSX.Element {
  const page = GUIDE_CONTENT[topic];
  return (
    <article class={`topic topic-${topic}`} aria-labelledby="guide-title">
      <h1 id="guide-title" tabIndex={-1} ref={headingRef}>
        {t(page.titleKey)}
      </h1>
      {page.blocks.map((block, i) => (
        // Content is static per topic, so the index is a stable key.
        <GuideBlockView key={i} block={block} id={`guide-${topic}-${i}`} />
      ))}
      <SourcesList ids={page.sources} />
    </article>
  );
}
