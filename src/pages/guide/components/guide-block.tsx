import type { JSX } from 'preact';
import { t } from '../../../shared/i18n';
import type { GuideBlock } from '../content';

interface Props {
  block: GuideBlock;
  /** Unique within the page; used for heading ids. */
  id: string;
}

/** One block of a guide page: heading, paragraph, list, evidence note or caution box. */
export function GuideBlockView({ block, id }: Props): JSX.Element {
  if ('box' in block) {
    const headingId = `${id}-title`;
    return (
      <section class={`box box-${block.box}`} aria-labelledby={headingId}>
        <h2 id={headingId}>{t(block.h)}</h2>
        <p>{t(block.p)}</p>
        <ul>
          {block.ul.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    );
  }
  if ('h' in block) return <h2>{t(block.h)}</h2>;
  if ('p' in block) return <p>{t(block.p)}</p>;
  if ('ul' in block) {
    return (
      <ul>
        {block.ul.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    );
  }
  // role="note": parenthetic to the page, not a landmark of its own.
  return (
    <div class={`note note-${block.kind}`} role="note" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t(block.kind === 'evidence' ? 'guideNoteEvidence' : 'guideNoteWeak')}
      </h2>
      <p>{t(block.note)}</p>
    </div>
  );
}
