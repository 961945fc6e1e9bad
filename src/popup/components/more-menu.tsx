import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { Command } from '../command';
import type { MoreActions } from '../screen';
import { Button } from './button';

interface MoreMenuProps {
  readonly more: MoreActions;
  readonly onCommand: (command: Command) => void;
}

type Asking = 'end' | 'stop' | null;

/**
 * The less common actions behind one disclosure: snooze choices, pause, skip, ending an
 * application early, stopping the plan. Ending early and stopping ask first, inline: the safe
 * answer has the focus, Escape is the safe answer too, so no run of Enter or Space ends anything.
 */
export function MoreMenu({ more, onCommand }: MoreMenuProps): JSX.Element {
  const [open, setOpen] = useState(false);
  const [asking, setAsking] = useState<Asking>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) safe.current?.focus();
  }, [asking]);
  const cancel = (): void => {
    setAsking(null);
    toggle.current?.focus();
  };
  const send = (command: Command) => (): void => onCommand(command);
  const question =
    asking === 'end' && more.end
      ? more.end.question
      : asking === 'stop'
        ? t('popupStopQuestion')
        : '';
  return (
    <div class="more">
      <Button
        label={more.label}
        onClick={() => {
          setOpen(!open);
          setAsking(null);
        }}
        expanded={open}
        controls="more-actions"
        buttonRef={toggle}
      />
      <div id="more-actions" class="more-actions" hidden={!open}>
        {asking ? (
          <fieldset
            class="confirm"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              // Escape would otherwise close the whole popup.
              event.preventDefault();
              event.stopPropagation();
              cancel();
            }}
          >
            <legend>{question}</legend>
            <div class="row">
              <Button
                label={t(asking === 'end' ? 'popupEndNo' : 'popupKeepGoing')}
                onClick={cancel}
                buttonRef={safe}
              />
              <Button
                label={t(asking === 'end' ? 'popupEndYes' : 'popupStopYes')}
                onClick={send({ type: asking === 'end' ? 'skip' : 'stop' })}
                variant="danger"
              />
            </div>
          </fieldset>
        ) : (
          <>
            {more.snooze.length > 0 ? (
              <fieldset class="snooze">
                <legend>{t('popupSnooze')}</legend>
                {more.snooze.map((minutes) => (
                  <Button
                    key={minutes}
                    label={t('popupMinutes', minutes)}
                    onClick={send({ type: 'snooze', minutes })}
                    variant="choice"
                  />
                ))}
              </fieldset>
            ) : null}
            <div class="row">
              {more.pause ? (
                <Button label={t('popupPause')} onClick={send({ type: 'pause' })} />
              ) : null}
              {more.skip ? <Button label={more.skip} onClick={send({ type: 'skip' })} /> : null}
              {more.end ? <Button label={more.end.label} onClick={() => setAsking('end')} /> : null}
              {more.stop ? (
                <Button label={t('popupStop')} onClick={() => setAsking('stop')} />
              ) : null}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
