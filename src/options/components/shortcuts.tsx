import type { JSX } from 'preact';
import type { Shortcut } from '../../shared/client';
import { t } from '../../shared/i18n';

function commandLabel(s: Shortcut): string {
  if (s.name === '_execute_action') return t('optionsShortcutOpen');
  if (s.name === 'toggle-confirm-pause') return t('optionsShortcutToggle');
  return s.description || s.name;
}

/**
 * The keyboard shortcuts as the browser has them now, and where to change them.
 * `list` is undefined while loading, null when the browser does not list them here.
 */
export function Shortcuts({ list }: { list: readonly Shortcut[] | null | undefined }): JSX.Element {
  return (
    <section class="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      {list === null ? <p>{t('optionsShortcutsUnavailable')}</p> : null}
      {list?.length ? (
        <dl class="shortcuts">
          {list.map((s) => (
            <div key={s.name} class="shortcut">
              <dt>{commandLabel(s)}</dt>
              <dd>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('optionsShortcutNotSet')}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p class="hint">{t('optionsShortcutsChrome')}</p>
      <p class="hint">{t('optionsShortcutsFirefox')}</p>
    </section>
  );
}
