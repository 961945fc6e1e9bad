/** Types for find-browser.mjs, so TypeScript tests share the scripts' one list. */
export type BrowserKind = 'chromium' | 'firefox';

export interface BrowserInfo {
  readonly label: string;
  readonly env: string;
  readonly paths: readonly string[];
  readonly install: string;
}

export const BROWSERS: Record<BrowserKind, BrowserInfo>;

export function locateBrowser(kind: BrowserKind): { path: string } | { problem: string };

export function findChromium(): string | null;

export function chromiumExtensionFlags(extensionDir: string): string[];
