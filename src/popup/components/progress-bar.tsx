import type { JSX } from 'preact';

interface ProgressBarProps {
  readonly value: number;
  readonly max: number;
  readonly label: string;
  readonly thin?: boolean;
  readonly valueText?: string;
}

/** A labelled progress bar; the fill is scaled through the CSSOM (no style attribute in markup). */
export function ProgressBar({ value, max, label, thin, valueText }: ProgressBarProps): JSX.Element {
  const fraction = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div
      class={thin ? 'bar bar-thin' : 'bar'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={valueText}
    >
      <div class="bar-fill" style={{ transform: `scaleX(${fraction})` }} />
    </div>
  );
}
