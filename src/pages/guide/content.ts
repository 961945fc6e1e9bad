/**
 * What each guide page says, as data: blocks of locale keys, rendered in order. All reader-facing
 * text lives in src/_locales/en/guide.json; this table only decides structure and sources.
 */
import { EMERGENCY_FLAG_KEYS, EMERGENCY_TITLE_KEY } from '../red-flags';
import type { GuideSourceId } from './sources';
import type { GuideTopic } from './topics';

/** A caution box on the "help" page: emergency (999/A&E), urgent (GP/111) or routine. */
export type BoxTone = 'emergency' | 'urgent' | 'routine';

export type GuideBlock =
  | { readonly h: string }
  | { readonly p: string }
  | { readonly ul: readonly string[] }
  /** An aside titled "What the evidence says" (`evidence`) or "Where evidence is weak" (`weak`). */
  | { readonly note: string; readonly kind: 'evidence' | 'weak' }
  | {
      readonly box: BoxTone;
      readonly h: string;
      readonly p: string;
      readonly ul: readonly string[];
    };

export interface GuidePage {
  /** h1 and document title. */
  readonly titleKey: string;
  /** Short label for the topic navigation. */
  readonly navKey: string;
  /** One line for the guide's index. */
  readonly summaryKey: string;
  readonly blocks: readonly GuideBlock[];
  readonly sources: readonly GuideSourceId[];
}

export const GUIDE_CONTENT: Readonly<Record<GuideTopic, GuidePage>> = {
  rest: {
    titleKey: 'guideRestTitle',
    navKey: 'guideRestNav',
    summaryKey: 'guideRestSummary',
    blocks: [
      { h: 'guideRestEaseTitle' },
      { p: 'guideRestEase1' },
      { p: 'guideRestEase2' },
      { h: 'guideRestMoveTitle' },
      { p: 'guideRestMove1' },
      { p: 'guideRestMove2' },
      { h: 'guideRestWorkTitle' },
      { p: 'guideRestWork1' },
      { note: 'guideRestEvidence', kind: 'evidence' },
      { note: 'guideRestWeak', kind: 'weak' },
    ],
    sources: [
      'nhsBackPain',
      'nhsTreatment',
      'nhsSprains',
      'nice',
      'cochraneBedRest',
      'aafp',
      'mayoHome',
      'csp',
      'mersey',
      'bjsm',
    ],
  },
  inflammation: {
    titleKey: 'guideInflTitle',
    navKey: 'guideInflNav',
    summaryKey: 'guideInflSummary',
    blocks: [
      { h: 'guideInflSpasmTitle' },
      { p: 'guideInflSpasm1' },
      { p: 'guideInflSpasm2' },
      { h: 'guideInflWhatTitle' },
      { p: 'guideInflWhat1' },
      { p: 'guideInflWhat2' },
      { h: 'guideInflRepairTitle' },
      { p: 'guideInflRepair1' },
      { p: 'guideInflRepair2' },
      { h: 'guideInflIceHeatTitle' },
      { p: 'guideInflIceHeat1' },
      { note: 'guideInflWeak', kind: 'weak' },
    ],
    sources: [
      'lancet',
      'nhsBackPain',
      'ricciotti',
      'clevelandProstaglandins',
      'cochraneHeatCold',
      'nhsTreatment',
      'bjsm',
    ],
  },
  ice: {
    titleKey: 'guideIceTitle',
    navKey: 'guideIceNav',
    summaryKey: 'guideIceSummary',
    blocks: [
      { h: 'guideIceHowTitle' },
      { ul: ['guideIceHow1', 'guideIceHow2', 'guideIceHow3'] },
      { h: 'guideIceOftenTitle' },
      { p: 'guideIceOften1' },
      { p: 'guideIceOften2' },
      { p: 'guideIceOften3' },
      { h: 'guideIceNoTitle' },
      { p: 'guideIceNoIntro' },
      { ul: ['guideIceNo1', 'guideIceNo2', 'guideIceNo3', 'guideIceNo4'] },
      { p: 'guideIceAskIntro' },
      {
        ul: [
          'guideIceAsk1',
          'guideIceAsk2',
          'guideIceAsk3',
          'guideIceAsk4',
          'guideIceAsk5',
          'guideIceAsk6',
          'guideIceAsk7',
        ],
      },
      { note: 'guideIceWeak', kind: 'weak' },
    ],
    sources: [
      'nhsSprains',
      'mpftCold',
      'cuh',
      'uchicago',
      'aneurinBevan',
      'blackpool',
      'cochraneHeatCold',
      'garra',
      'acp',
    ],
  },
  heat: {
    titleKey: 'guideHeatTitle',
    navKey: 'guideHeatNav',
    summaryKey: 'guideHeatSummary',
    blocks: [
      { h: 'guideHeatHowTitle' },
      { ul: ['guideHeatHow1', 'guideHeatHow2', 'guideHeatHow3', 'guideHeatHow4', 'guideHeatHow5'] },
      { h: 'guideHeatAskTitle' },
      { p: 'guideHeatAsk1' },
      { h: 'guideHeatWhenTitle' },
      { p: 'guideHeatWhen1' },
      { p: 'guideHeatWhen2' },
      { note: 'guideHeatEvidence', kind: 'evidence' },
      { note: 'guideHeatWeak', kind: 'weak' },
    ],
    sources: [
      'acp',
      'cochraneHeatCold',
      'nadler',
      'mayoHome',
      'mpftHeat',
      'nhsSprains',
      'nhsBackPain',
      'clevelandIceHeat',
    ],
  },
  movement: {
    titleKey: 'guideMoveTitle',
    navKey: 'guideMoveNav',
    summaryKey: 'guideMoveSummary',
    blocks: [
      { h: 'guideMoveHelpsTitle' },
      { p: 'guideMoveHelps1' },
      { p: 'guideMoveHelps2' },
      { h: 'guideMoveBalanceTitle' },
      { p: 'guideMoveBalance1' },
      { p: 'guideMoveBalance2' },
      { note: 'guideMoveEvidence', kind: 'evidence' },
      { h: 'guideMoveGpTitle' },
      { p: 'guideMoveGp1' },
    ],
    sources: ['nice', 'cochraneHeatCold', 'lancet', 'ruas', 'jpain', 'nhsBackPain'],
  },
  help: {
    titleKey: 'guideHelpTitle',
    navKey: 'guideHelpNav',
    summaryKey: 'guideHelpSummary',
    blocks: [
      { p: 'guideHelpIntro' },
      {
        box: 'emergency',
        h: EMERGENCY_TITLE_KEY,
        p: 'guideHelpEmergencyIntro',
        ul: EMERGENCY_FLAG_KEYS,
      },
      {
        box: 'urgent',
        h: 'guideHelpUrgentTitle',
        p: 'guideHelpUrgentIntro',
        ul: [
          'guideHelpUrgent1',
          'guideHelpUrgent2',
          'guideHelpUrgent3',
          'guideHelpUrgent4',
          'guideHelpUrgent5',
          'guideHelpUrgent6',
        ],
      },
      {
        box: 'routine',
        h: 'guideHelpSeeTitle',
        p: 'guideHelpSeeIntro',
        ul: [
          'guideHelpSee1',
          'guideHelpSee2',
          'guideHelpSee3',
          'guideHelpSee4',
          'guideHelpSee5',
          'guideHelpSee6',
          'guideHelpSee7',
          'guideHelpSee8',
        ],
      },
    ],
    sources: ['nhsBackPain', 'nhsCaudaEquina', 'aafp', 'mayoSymptoms', 'nice'],
  },
};

/** Every locale key the guide's content uses (for the key-coverage test). */
export function contentKeys(page: GuidePage): string[] {
  const keys = [page.titleKey, page.navKey, page.summaryKey];
  for (const block of page.blocks) {
    if ('box' in block) keys.push(block.h, block.p, ...block.ul);
    else if ('h' in block) keys.push(block.h);
    else if ('p' in block) keys.push(block.p);
    else if ('ul' in block) keys.push(...block.ul);
    else keys.push(block.note);
  }
  return keys;
}
