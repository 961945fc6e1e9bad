import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { PlanId, Settings } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { injuryAtFor, type Onset, parseInjuryTime } from '../injury-time';
import { InjuryPicker } from './injury-picker';
import { PlanPicker, planOptions } from './plan-picker';

interface IdleScreenProps {
  readonly settings: Settings;
  readonly now: () => number;
  readonly onCommand: (command: Command) => void;
}

/** No session: choose a plan, say when the spasm started, Start. */
export function IdleScreen({ settings, now, onCommand }: IdleScreenProps): JSX.Element {
  const options = useMemo(() => planOptions(settings), [settings]);
  const fallback: PlanId = options.some((o) => o.id === settings.planId)
    ? settings.planId
    : 'guide';
  const [planId, setPlanId] = useState<PlanId>(fallback);
  const [onset, setOnset] = useState<Onset>(0);
  const [atValue, setAtValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const chosen = options.some((o) => o.id === planId) ? planId : fallback;

  const onAtValue = (value: string): void => {
    setAtValue(value);
    const result = parseInjuryTime(value, now());
    setError(result.ok ? null : result.error);
  };
  const onOnset = (value: Onset): void => {
    setOnset(value);
    setError(null);
  };
  const start = (event: Event): void => {
    event.preventDefault();
    const result = injuryAtFor(onset, atValue, now());
    if (!result.ok) {
      setError(result.error);
      inputRef.current?.focus();
      return;
    }
    onCommand(
      chosen === 'custom'
        ? { type: 'start', planId: chosen, injuryAt: result.at, custom: settings.custom }
        : { type: 'start', planId: chosen, injuryAt: result.at },
    );
  };

  return (
    <form class="screen idle" onSubmit={start} noValidate>
      <PlanPicker options={options} value={chosen} onChange={setPlanId} />
      <InjuryPicker
        onset={onset}
        atValue={atValue}
        error={error}
        now={now()}
        inputRef={inputRef}
        onOnset={onOnset}
        onAtValue={onAtValue}
      />
      <div class="actions">
        <button type="submit" class="btn btn-primary btn-wide" data-primary="">
          {t('popupStart')}
        </button>
      </div>
    </form>
  );
}
