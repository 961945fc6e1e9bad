import type { Shortcut } from '../shared/client';
import { t } from '../shared/i18n';

/** The popup names only the manifest's own commands. */
const LABELS: Record<string, string> = {
  _execute_action: 'popupKeyOpen',
  'toggle-confirm-pause': 'popupKeyToggle',
};

/**
 * ["Alt+Shift+Y open", "Alt+Shift+U confirm/pause"] for the shortcuts that have keys set (in
 * the browser's order), or null when none has: then the popup shows no shortcuts line. Each
 * item is shown whole (the line wraps between items, never inside one).
 */
export function shortcutItems(list: readonly Shortcut[]): readonly string[] | null {
  const items = list.flatMap(({ name, shortcut }) => {
    const label = LABELS[name];
    return label && shortcut ? [t(label, shortcut)] : [];
  });
  return items.length ? items : null;
}
