import type { JSX } from 'preact';

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly min: number;
  readonly max: number;
  /** The inline error, shown next to the field and tied to it with aria-describedby. */
  readonly error: string | null;
  readonly onInput: (value: string) => void;
  readonly disabled?: boolean;
}

/** A labelled whole-number input with its inline error. */
export function NumberField(props: NumberFieldProps): JSX.Element {
  const { id, label, value, min, max, error, onInput, disabled = false } = props;
  const errorId = `${id}-error`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        step={1}
        min={min}
        max={max}
        value={value}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
