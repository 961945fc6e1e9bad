import type { MessageOf } from '../shared/messages';

/** The commands the popup sends; each replies with a state snapshot. */
export type Command = MessageOf<
  | 'start'
  | 'confirm'
  | 'pause'
  | 'resume'
  | 'skip'
  | 'snooze'
  | 'stop'
  | 'ackTakeOff'
  | 'logPain'
  | 'dismissPain'
  | 'dismissNotice'
>;
