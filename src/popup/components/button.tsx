import type { JSX, Ref } from 'preact';

/** How a button looks: the one main action, a dangerous confirm, a plain one, a small choice. */
export type ButtonVariant = 'primary' | 'danger' | 'plain' | 'choice' | 'link';

interface ButtonProps {
  readonly label: string;
  readonly onClick: () => void;
  readonly variant?: ButtonVariant;
  /** For a disclosure: whether what it shows is open. */
  readonly expanded?: boolean;
  readonly controls?: string;
  readonly buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * A plain button. Buttons stay enabled while a command runs so focus is never lost to a
 * disabled one (the app ignores a second command until the first has replied).
 */
export function Button({
  label,
  onClick,
  variant = 'plain',
  expanded,
  controls,
  buttonRef,
}: ButtonProps): JSX.Element {
  return (
    <button
      type="button"
      class={`button ${variant}`}
      aria-expanded={expanded}
      aria-controls={controls}
      ref={buttonRef}
      onClick={onClick}
    >
      {label}
    </button>
  );
}
