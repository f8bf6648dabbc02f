// A real browser for the console tests and the console benchmark:
// playwright-core driving Debian's Chromium (Playwright cannot download its
// own browser here), with a fresh profile per launch (no vitest import: the
// console benchmark uses it too). Every page's console
// errors and failed requests are collected, so a test can require none.
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env['KW_CHROMIUM'] ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export type ConsoleBrowser = {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  close: () => Promise<void>;
};

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Chromium with a fresh user-data-dir, one context and one page, collecting every error the page reports. */
export async function launchConsoleBrowser(options: { locale?: string } = {}): Promise<ConsoleBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'kw-chromium-'));
  // A persistent context is how Playwright takes a user-data-dir: a fresh one per launch.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, locale: options.locale ?? 'en-US', viewport: { width: 1360, height: 860 },
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) => {
      // A navigation away aborts requests still in flight: that is no error of the page.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
    });
  };
  context.on('page', watch);
  for (const open of context.pages()) watch(open);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context, page, problems,
    close: async () => {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core on the page as it is now: the violations rated serious or critical (WCAG 2.x A/AA rules and best practices). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`);
}

/** Everything the page keeps where scripts or other pages can read it: localStorage, sessionStorage, the URL, cookies visible to scripts. */
export async function browserStorage(page: Page): Promise<string> {
  // A string, evaluated in the page: this package is typed for Node, not the DOM.
  return page.evaluate<string>(`(() => {
    const dump = (storage) => Array.from({ length: storage.length }, (_, i) => storage.key(i) + '=' + storage.getItem(storage.key(i))).join('\\n');
    return [dump(localStorage), dump(sessionStorage), location.href, document.cookie, JSON.stringify(history.state)].join('\\n');
  })()`);
}
