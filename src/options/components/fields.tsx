import type { JSX } from 'preact';
import type { Draft, DraftField } from '../draft';

export type Update = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** What every group of fields needs: the draft, its inline errors and the setter. */
export interface Form {
  readonly draft: Draft;
  readonly errors: Readonly<Partial<Record<DraftField, string>>>;
  readonly update: Update;
}

type YesNo = { [K in keyof Draft]: Draft[K] extends boolean ? K : never }[keyof Draft];

interface ChoiceProps {
  readonly label: string;
  readonly checked: boolean;
  readonly onCheck: (checked: boolean) => void;
  /** The radio group's name; a checkbox without it. */
  readonly radio?: string;
}

/** A checkbox or radio button with its label around it. */
export function Choice({ label, checked, onCheck, radio }: ChoiceProps): JSX.Element {
  return (
    <label class="choice">
      <input
        type={radio ? 'radio' : 'checkbox'}
        name={radio}
        checked={checked}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

/** A checkbox bound to a yes/no setting of the draft. */
export function Check({
  form,
  name,
  label,
}: {
  form: Form;
  name: YesNo;
  label: string;
}): JSX.Element {
  return <Choice label={label} checked={form.draft[name]} onCheck={(c) => form.update(name, c)} />;
}

interface RadiosProps<V> {
  readonly name: string;
  readonly value: V;
  readonly set: (value: V) => void;
  /** [value, label] per button. */
  readonly options: readonly (readonly [V, string])[];
}

/** One radio button per option; the one equal to `value` is checked. */
export function Radios<V>({ name, value, set, options }: RadiosProps<V>): JSX.Element {
  return (
    <>
      {options.map(([v, label]) => (
        <Choice
          key={String(v)}
          radio={name}
          label={label}
          checked={v === value}
          onCheck={() => set(v)}
        />
      ))}
    </>
  );
}

interface FieldProps {
  readonly form: Form;
  /** Also the input's id, so Save can focus the first field with an error. */
  readonly name: DraftField;
  readonly label: string;
  /** A whole-number input within these bounds; without them a time input ("HH:MM"). */
  readonly bounds?: { readonly min: number; readonly max: number };
  readonly disabled?: boolean;
}

/** A labelled input with its inline error, tied to it with aria-describedby. */
export function Field({ form, name, label, bounds, disabled }: FieldProps): JSX.Element {
  const error = form.errors[name];
  const errorId = `${name}-error`;
  return (
    <div class="field">
      <label for={name}>{label}</label>
      <input
        id={name}
        type={bounds ? 'number' : 'time'}
        inputMode={bounds && 'numeric'}
        min={bounds?.min}
        max={bounds?.max}
        value={form.draft[name]}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => form.update(name, e.currentTarget.value)}
      />
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
