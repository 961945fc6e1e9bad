/**
 * The emergency red flags [NHS-BP][NHS-CES] (FACTS.md §5), shown on the guide's help page and on
 * the welcome page. The heading names the reader's emergency number (per locale: en 911/112,
 * en_GB 999, es 112/911; checked by test/convention/locales.test.ts).
 */
export const EMERGENCY_TITLE_KEY = 'guideHelpEmergencyTitle';

export const EMERGENCY_FLAG_KEYS: readonly string[] = [
  'guideHelpEmergency1',
  'guideHelpEmergency2',
  'guideHelpEmergency3',
  'guideHelpEmergency4',
  'guideHelpEmergency5',
  'guideHelpEmergency6',
];
