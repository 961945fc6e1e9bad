import { act, cleanup, type RenderResult, render } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { HistoryEntry } from '../../src/core';
import { HOUR, MINUTE } from '../../src/core';
import { App } from '../../src/options/app';
import { setMessageSource } from '../../src/shared/i18n';
import { createFakeBrowser } from '../fakes';
import { useFakeBrowser } from '../fakes/install';
import { makeGetMessage } from '../helpers/messages';
import { T0 } from '../popup/mock-client';
import type { MockOptionsClient } from './mock-options-client';

export function useOptionsTestSetup(): void {
  beforeAll(() => setMessageSource(makeGetMessage('en')));
  // The page reads the UI language from the browser (src/shared/i18n.ts).
  beforeEach(() => useFakeBrowser(createFakeBrowser()));
  afterEach(() => cleanup());
}

export async function flush(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

export async function renderOptions(client: MockOptionsClient): Promise<RenderResult> {
  const result = render(
    <App client={client} initial={client.snapshot} initialHistory={client.history} />,
  );
  await flush();
  return result;
}

/** A history entry `daysAgo` days before T0 (09:00 London), at `hour` local. */
export function entry(
  daysAgo: number,
  hour: number,
  patch: Partial<HistoryEntry> = {},
): HistoryEntry {
  const start = T0 - daysAgo * 24 * HOUR + (hour - 9) * HOUR;
  return {
    schemaVersion: 2,
    sessionId: 's1',
    modality: 'ice',
    stepIndex: hour,
    plannedMinutes: 20,
    plannedStartAt: start,
    startedAt: start,
    plannedEndAt: start + 20 * MINUTE,
    endedAt: start + 20 * MINUTE,
    outcome: 'completed',
    noticedLateMs: 0,
    painScore: null,
    ...patch,
  };
}
