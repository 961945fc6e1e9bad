import type { JSX } from 'preact';
import type { Command } from '../command';
import type { Action, PrimaryAction, Screen } from '../screen';
import { Button } from './button';
import { MoreMenu } from './more-menu';
import { PainStep } from './pain-step';

interface SessionScreenProps {
  readonly screen: Screen;
  readonly onCommand: (command: Command) => void;
  /** The primary and secondary actions (a command, or a local step such as closing). */
  readonly onAction: (action: PrimaryAction) => void;
  /** "Pain 4/10 saved." after a score was saved, while its rest runs. */
  readonly saved: string | null;
}

/** A scaled bar (the fill is set through the CSSOM; no style attribute in markup). */
function Progress({ value }: { readonly value: number }): JSX.Element {
  return (
    <div class="progress" aria-hidden="true">
      <div style={{ transform: `scaleX(${value})` }} />
    </div>
  );
}

/**
 * One state of a session: the status in words, the big time with what it is, the lines worth
 * reading now, what comes next, the one primary action, and "More". The pain question replaces
 * the actions while it is asked.
 */
export function SessionScreen({
  screen,
  onCommand,
  onAction,
  saved,
}: SessionScreenProps): JSX.Element {
  const action = (a: Action, variant: 'primary' | 'plain'): JSX.Element => (
    <Button label={a.label} onClick={() => onAction(a.action)} variant={variant} />
  );
  return (
    <section class={`screen tone-${screen.tone}`} aria-labelledby="status">
      <div class="card">
        <h2 id="status" class="status" tabIndex={-1}>
          {screen.status}
        </h2>
        {screen.time ? <p class="time">{screen.time}</p> : null}
        {screen.progress !== null ? <Progress value={screen.progress} /> : null}
        {screen.lines.map((line) => (
          <p key={line} class="line">
            {line}
          </p>
        ))}
        {saved ? <p class="saved">{saved}</p> : null}
        {screen.next ? <p class="muted">{screen.next}</p> : null}
      </div>
      {screen.kind === 'pain' ? (
        <PainStep
          onSave={(score) => onCommand({ type: 'logPain', score })}
          onDismiss={() => onCommand({ type: 'dismissPain' })}
        />
      ) : (
        <div class="actions">
          {screen.primary ? action(screen.primary, 'primary') : null}
          {screen.secondary ? action(screen.secondary, 'plain') : null}
          {screen.more ? (
            <MoreMenu key={screen.kind} more={screen.more} onCommand={onCommand} />
          ) : null}
        </div>
      )}
    </section>
  );
}
