import type { JSX } from 'preact';

/**
 * A plain button. Class "pri" marks the screen's primary action, which gets the first focus
 * (see App); buttons stay enabled so focus is never lost to a disabled one. `name` is the
 * accessible name when the label alone does not say what the button does ("5 min").
 */
export function button(
  label: string | number,
  onClick: () => void,
  cls = '',
  key?: string | number,
  name?: string,
): JSX.Element {
  return (
    <button key={key} type="button" class={`btn ${cls}`} aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
