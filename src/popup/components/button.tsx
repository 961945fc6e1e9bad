import type { JSX } from 'preact';

/**
 * A plain button. Class "pri" marks the screen's primary action, which gets the first focus
 * (see App); buttons stay enabled so focus is never lost to a disabled one.
 */
export function button(label: string, onClick: () => void, cls = '', key?: string): JSX.Element {
  return (
    <button
      key={key}
      type="button"
      class={`btn ${cls}`}
      data-primary={cls === 'pri' ? '' : undefined}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
