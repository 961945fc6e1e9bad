/** The words of a desktop alert, from the engine's NotifySpec. */
import type { NotifySpec } from '../core';
import { MINUTE } from '../core';
import { t } from '../shared/i18n';

export interface NotificationContent {
  readonly title: string;
  readonly message: string;
}

/**
 * Most keys come as an Ice and a Heat pair, named by suffix (`backgroundNotifyDueIce`,
 * `backgroundNotifyDueHeat`…): composed here rather than spelled twice, for the background's
 * size budget. test/background/content.test.ts renders every kind in both modalities.
 */
export function notificationContent(spec: NotifySpec, reminderMax: number): NotificationContent {
  const m = spec.modality === 'ice' ? 'Ice' : 'Heat';
  // Below a minute late, an alert reads as on time.
  const late = Math.floor(spec.lateMs / MINUTE);
  switch (spec.kind) {
    case 'due':
      return {
        title:
          spec.reminder > 0
            ? t(`backgroundNotifyReminder${m}`, [
                spec.reminder,
                Math.max(reminderMax, spec.reminder),
              ])
            : t(`backgroundNotifyDue${m}`),
        message:
          late > 0 ? t('backgroundNotifyDueLateBody', late) : t(`backgroundNotifyDueBody${m}`),
      };
    case 'started':
      // Auto-start: the countdown already runs, so there is nothing to answer (no buttons).
      return { title: t(`backgroundNotifyStarted${m}`), message: t('backgroundNotifyStartedBody') };
    case 'takeOff': {
      // A repeat says how long the pack has been on; a first alert noticed late says when the
      // time ended.
      const on = Math.floor((spec.packOnMs ?? 0) / MINUTE);
      return {
        title:
          spec.reminder > 0 && on > 0
            ? t(`backgroundNotifyTakeOffRepeat${m}`, on)
            : late > 0
              ? t(`backgroundNotifyTakeOffLate${m}`, late)
              : t(`backgroundNotifyTakeOff${m}`),
        message: t('backgroundNotifyTakeOffBody'),
      };
    }
    case 'windowEnded': {
      // backgroundNotifyWindowEnded[Body] or, offering the heat plan, …WindowEndedHeat[Body].
      const heat = spec.afterWindow === 'suggestHeat' ? 'Heat' : '';
      return {
        title: t(`backgroundNotifyWindowEnded${heat}`, spec.windowHours ?? 48),
        message: t(`backgroundNotifyWindowEnded${heat}Body`),
      };
    }
  }
}
