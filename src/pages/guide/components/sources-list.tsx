import type { JSX } from 'preact';
import { t } from '../../../shared/i18n';
import { GUIDE_SOURCES, type GuideSource, type GuideSourceId } from '../sources';

interface Props {
  ids: readonly GuideSourceId[];
}

/** The page's sources. Links open in a new tab and are never fetched by the extension. */
export function SourcesList({ ids }: Props): JSX.Element {
  return (
    <section class="sources" data-guide-sources="" aria-labelledby="guide-sources-title">
      <h2 id="guide-sources-title">{t('guideSourcesTitle')}</h2>
      <ol>
        {ids.map((id) => {
          const source: GuideSource = GUIDE_SOURCES[id];
          const title = t(source.titleKey);
          return (
            <li key={id}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {title}
                  <span class="visually-hidden"> {t('guideNewTab')}</span>
                </a>
              ) : (
                title
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
