/** Who should ask a clinician first, and the rules for everyone (FACTS.md §3–4). */
import type { JSX } from 'preact';
import { t } from '../../../shared/i18n';

/** Conditions to ask a clinician about before using cold or heat [MPFT-C/H][UCHI]. */
export const ASK_FIRST_KEYS: readonly string[] = [
  'welcomeAskHeart',
  'welcomeAskDiabetes',
  'welcomeAskFever',
  'welcomeAskSensation',
  'welcomeAskSkin',
  'welcomeAskReaction',
  'welcomeAskCancer',
];

/** Rules that apply to everyone [NHS-SS][CUH][MBG][MAYO][MPFT-H]. */
export const RULE_KEYS: readonly string[] = [
  'welcomeRuleNoIceRaynaud',
  'welcomeRuleNoBareSkin',
  'welcomeRuleCheckSkin',
  'welcomeRuleNoSleepHeat',
];

export function SafetyChecklist(): JSX.Element {
  return (
    <section aria-labelledby="safety-heading">
      <h2 id="safety-heading">{t('welcomeSafetyHeading')}</h2>
      <p>{t('welcomeAskIntro')}</p>
      <ul>
        {ASK_FIRST_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <ul class="rules">
        {RULE_KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
