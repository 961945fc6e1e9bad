/** The words of a desktop alert, from the engine's NotifySpec. */
import type { NotifySpec } from '../core';
import { MINUTE } from '../core';
import { t } from '../shared/i18n';

export interface NotificationContent {
  readonly title: string;
  readonly message: string;
}

/** Below a minute late, an alert reads as on time. */
function lateMinutes(spec: NotifySpec): number {
  return Math.floor(spec.lateMs / MINUTE);
}

export function notificationContent(spec: NotifySpec, reminderMax: number): NotificationContent {
  const ice = spec.modality === 'ice';
  const late = lateMinutes(spec);
  switch (spec.kind) {
    case 'due': {
      const title =
        spec.reminder > 0
          ? t(ice ? 'backgroundNotifyReminderIce' : 'backgroundNotifyReminderHeat', [
              spec.reminder,
              Math.max(reminderMax, spec.reminder),
            ])
          : t(ice ? 'backgroundNotifyDueIce' : 'backgroundNotifyDueHeat');
      const message =
        late > 0
          ? t('backgroundNotifyDueLateBody', late)
          : t(ice ? 'backgroundNotifyDueBodyIce' : 'backgroundNotifyDueBodyHeat');
      return { title, message };
    }
    case 'takeOff':
      return {
        title:
          late > 0
            ? t(ice ? 'backgroundNotifyTakeOffLateIce' : 'backgroundNotifyTakeOffLateHeat', late)
            : t(ice ? 'backgroundNotifyTakeOffIce' : 'backgroundNotifyTakeOffHeat'),
        message: t('backgroundNotifyTakeOffBody'),
      };
    case 'windowEnded':
      return spec.afterWindow === 'suggestHeat'
        ? {
            title: t('backgroundNotifyWindowEndedHeat', spec.windowHours ?? 48),
            message: t('backgroundNotifyWindowEndedHeatBody'),
          }
        : {
            title: t('backgroundNotifyWindowEnded'),
            message: t('backgroundNotifyWindowEndedBody'),
          };
  }
}
