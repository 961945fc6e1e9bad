import { Component, createRef, type JSX } from 'preact';
import { SNOOZE_CHOICES } from '../../core';
import type { ViewState } from '../../core/types';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import { button } from './button';

/** In screen order, with their labels; the first one shown is the primary action. */
const ACTIONS = [
  ['confirm', ''],
  ['resume', 'popupResume'],
  ['pause', 'popupPause'],
  ['skip', 'popupSkip'],
] as const;

interface ControlsProps {
  readonly view: ViewState;
  readonly onCommand: (command: Command) => void;
}

interface ControlsState {
  readonly confirming: boolean;
}

/**
 * Only the buttons `view.can` allows, primary first, then the snooze choices. Stop asks first,
 * inline (not a modal): focus moves to the safe choice, Escape cancels, and cancelling returns
 * focus to Stop.
 */
export class Controls extends Component<ControlsProps, ControlsState> {
  override state: ControlsState = { confirming: false };
  #box = createRef<HTMLDivElement>();

  override componentDidUpdate(_props: ControlsProps, previous: ControlsState): void {
    if (previous.confirming !== this.state.confirming) {
      this.#box.current?.querySelector<HTMLElement>('.keep,.quiet')?.focus();
    }
  }

  render({ view, onCommand }: ControlsProps, { confirming }: ControlsState): JSX.Element {
    const confirm = (confirming: boolean) => (): void => this.setState({ confirming });
    return (
      <div class="controls" ref={this.#box}>
        <div class="row">
          {ACTIONS.filter(([action]) => view.can[action]).map(([action, label], i) =>
            button(
              t(label || (view.modality === 'heat' ? 'popupConfirmHeat' : 'popupConfirmIce')),
              () => onCommand({ type: action }),
              // While "It's off" is asked for, that is the one primary action.
              i === 0 && !view.takeOffPending ? 'pri' : '',
              action,
            ),
          )}
        </div>
        {view.can.snooze ? (
          // One click per choice; each button's name says what it does ("Snooze 10 min").
          <fieldset class="snz">
            <legend class="mu">{t('popupSnooze')}</legend>
            {SNOOZE_CHOICES.map((minutes) =>
              button(
                t('popupMinutes', minutes),
                () => onCommand({ type: 'snooze', minutes }),
                'sm',
                minutes,
                t('popupSnoozeFor', minutes),
              ),
            )}
          </fieldset>
        ) : null}
        {view.can.stop ? (
          confirming ? (
            <fieldset
              class="box confirm"
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  // Escape would otherwise close the whole popup.
                  event.preventDefault();
                  event.stopPropagation();
                  this.setState({ confirming: false });
                }
              }}
            >
              <legend>{t('popupStopQuestion')}</legend>
              <div class="row">
                {button(t('popupStop'), () => onCommand({ type: 'stop' }), 'dgr')}
                {button(t('popupKeepGoing'), confirm(false), 'keep')}
              </div>
            </fieldset>
          ) : (
            <div class="row">{button(t('popupStop'), confirm(true), 'quiet')}</div>
          )
        ) : null}
      </div>
    );
  }
}
