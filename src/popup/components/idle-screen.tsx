import { Component, createRef, type JSX } from 'preact';
import { MAX_INJURY_AGE_MS } from '../../core';
import type { PlanId, Settings } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { toLocalInputValue } from '../format';
import { injuryAtFor, ONSET_HOURS, type Onset, parseInjuryTime } from '../injury-time';
import { planOptions } from '../plan-options';

interface IdleScreenProps {
  readonly settings: Settings;
  readonly now: () => number;
  readonly onCommand: (command: Command) => void;
}

interface IdleScreenState {
  readonly planId: PlanId;
  readonly onset: Onset;
  readonly atValue: string;
  /** A message key about the exact onset time. */
  readonly error: string | null;
}

/**
 * No session: choose a plan (its note shown for the chosen one), say when the spasm started (a
 * list of common answers, or an exact time within 72 h, checked as it is typed), Start. One
 * form per popup, so its ids are fixed.
 */
export class IdleScreen extends Component<IdleScreenProps, IdleScreenState> {
  // The saved plan is always on offer (a custom one only while it is the saved choice).
  override state: IdleScreenState = {
    planId: this.props.settings.planId,
    onset: 0,
    atValue: '',
    error: null,
  };
  #input = createRef<HTMLInputElement>();

  #start = (event: Event): void => {
    event.preventDefault();
    const { settings, now, onCommand } = this.props;
    const { onset, atValue } = this.state;
    const result = injuryAtFor(onset, atValue, now());
    if (!result.ok) {
      this.setState({ error: result.error });
      this.#input.current?.focus();
      return;
    }
    const planId = this.#chosen();
    // Only a custom plan carries its settings (the background ignores an undefined one).
    const custom = planId === 'custom' ? settings.custom : undefined;
    onCommand({ type: 'start', planId, injuryAt: result.at, custom });
  };

  /** The chosen plan while it is on offer (see planOptions), else the saved one. */
  #chosen(): PlanId {
    const { planId } = this.state;
    const saved = this.props.settings.planId;
    return planId !== 'custom' || saved === 'custom' ? planId : saved;
  }

  render(
    { settings, now }: IdleScreenProps,
    { onset, atValue, error }: IdleScreenState,
  ): JSX.Element {
    const chosen = this.#chosen();
    const at = now();
    const plans = planOptions(settings);
    const note = plans.find((plan) => plan.id === chosen)?.note;
    return (
      <form class="idle" onSubmit={this.#start} noValidate aria-labelledby="status">
        <h2 id="status" class="status" tabIndex={-1}>
          {t('popupPhaseIdle')}
        </h2>
        <fieldset class="plans" aria-describedby="plan-note">
          {/* The heading above says it; the legend names the group for screen readers. */}
          <legend class="visually-hidden">{t('popupPlanLegend')}</legend>
          {plans.map(({ id, label }) => (
            <label key={id} class="plan">
              <input
                type="radio"
                name="plan"
                checked={id === chosen}
                onChange={() => this.setState({ planId: id })}
              />
              <span>{label}</span>
            </label>
          ))}
          <p id="plan-note" class="muted small">
            {note}
          </p>
        </fieldset>
        <div class="field inline">
          <label for="onset">{t('popupInjuryLegend')}</label>
          <select
            id="onset"
            onChange={(event) => {
              const value = event.currentTarget.value;
              this.setState({
                onset: value === 'at' ? 'at' : (Number(value) as Onset),
                error: null,
              });
            }}
          >
            {ONSET_HOURS.map((hours) => (
              <option key={hours} value={hours} selected={onset === hours}>
                {hours === 0 ? t('popupInjuryNow') : t('popupInjuryHoursAgo', hours)}
              </option>
            ))}
            <option value="at" selected={onset === 'at'}>
              {t('popupInjuryAt')}
            </option>
          </select>
        </div>
        {onset === 'at' ? (
          <div class="field">
            <label for="onset-at">{t('popupInjuryAtLabel')}</label>
            <input
              id="onset-at"
              ref={this.#input}
              type="datetime-local"
              value={atValue}
              min={toLocalInputValue(at - MAX_INJURY_AGE_MS + 60_000)}
              max={toLocalInputValue(at)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'onset-error' : undefined}
              onInput={(event) => {
                const value = event.currentTarget.value;
                const result = parseInjuryTime(value, now());
                this.setState({ atValue: value, error: result.ok ? null : result.error });
              }}
            />
            {error ? (
              <p class="error" id="onset-error">
                {t(error)}
              </p>
            ) : null}
          </div>
        ) : null}
        <button type="submit" class="button primary">
          {t('popupStart')}
        </button>
      </form>
    );
  }
}
