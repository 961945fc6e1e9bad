/**
 * axe-core in an extension page. The extension CSP blocks addScriptTag, so the source is
 * evaluated in the page (TOOLCHAIN.md, axe-core row).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './env';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeFinding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
  /** axe's explanation for the first node (e.g. the contrast ratio found). */
  readonly detail: string;
}

/** Serious and critical violations on the page as it is now (WCAG 2.x A/AA + best practice). */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(
    () => typeof (globalThis as { axe?: unknown }).axe === 'object',
  );
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: {
              id: string;
              impact: string | null;
              help: string;
              nodes: { target: unknown[]; failureSummary?: string }[];
            }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact ?? '',
        help: v.help,
        targets: v.nodes.map((n) => n.target.map(String).join(' ')),
        detail: (v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      }));
  });
}

/** Serious or critical findings on the page in light and in dark mode, labelled by scheme. */
export async function violationsInBothSchemes(
  page: Page,
): Promise<Record<'light' | 'dark', AxeFinding[]>> {
  const found = { light: [] as AxeFinding[], dark: [] as AxeFinding[] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
    found[scheme] = await seriousViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
