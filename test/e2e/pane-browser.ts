import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import type { FakeView } from './fake-office/office-stub';
import { serve } from './static-server';

/** The repository root, and the URL office.js is referenced at in the built pane. */
export const root = join(__dirname, '..', '..');
export const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Headless Chromium and the built pane (dist/) on a loopback port. A missing browser or build is a
 * failure, never a skip: CI installs Debian's chromium, and npm run test:e2e builds first.
 */
export async function startPane(): Promise<{ browser: Browser; server: Awaited<ReturnType<typeof serve>> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(join(root, 'dist', 'taskpane.html')))
    throw new Error('dist/ is not built (npm run test:e2e builds it)');
  const server = await serve(join(root, 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return { browser, server };
}

/** A page of the built pane inside a simulated Excel: office.js answered with `stub`, the workbook `data` in it. */
export async function openInExcel(
  browser: Browser,
  serverUrl: string,
  stub: string,
  data: unknown,
  options: {
    width?: number;
    officeTheme?: Record<string, unknown>;
    bypassCSP?: boolean;
    colorScheme?: 'light' | 'dark';
    forcedColors?: 'active' | 'none';
    /** A workbook the pane worked on before (FakeView.snapshot), opened instead of `data`: the pane reloaded. */
    snapshot?: unknown;
  } = {},
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 420, height: 1000 },
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
  });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(serverUrl) && !/^(data|blob):/.test(r.url()) && !OFFICE_JS.test(r.url()))
      outside.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(
    ([d, theme, snapshot]) => {
      Object.assign(
        window,
        { __workbook: d },
        theme ? { __officeTheme: theme } : {},
        snapshot ? { __snapshot: snapshot } : {},
      );
    },
    [data, options.officeTheme ?? null, options.snapshot ?? null] as const,
  );
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: stub }));
  await page.goto(`${serverUrl}/taskpane.html`);
  return { page, outside, errors };
}

/** Calls a method of the simulated Excel (fake-office/office-stub.ts) in the page. */
export function fakeIn<K extends keyof FakeView>(
  p: Page,
  name: K,
  ...args: Parameters<FakeView[K]>
): Promise<ReturnType<FakeView[K]>> {
  return p.evaluate(
    ([n, a]) =>
      (window as unknown as { __fake: Record<string, (...x: unknown[]) => unknown> }).__fake[n as string](
        ...(a as unknown[]),
      ),
    [name, args] as const,
  ) as Promise<ReturnType<FakeView[K]>>;
}

/** Waits until the condition holds (the pane acts asynchronously), failing after a while. */
export async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms: ${condition.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether the page scrolls sideways (the pane must fit 320 px). */
export function scrollsSideways(p: Page): Promise<boolean> {
  return p.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return el.scrollWidth > el.clientWidth;
  });
}

/**
 * axe-core's serious and critical violations on the page as it stands (the page must bypass the pane's
 * CSP, which refuses injected scripts).
 */
export async function axeScan(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<Result> } }).axe;
    // Fluent's focus manager (tabster) puts aria-hidden focus redirectors (<i data-tabster-dummy>) around
    // arrow-key groups: a known false positive of aria-hidden-focus (microsoft/tabster#288), left out.
    const result = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Picks an option of a Fluent combobox by its shown name. */
export async function choose(page: Page, combobox: Locator, option: string): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Opens the rule editor from a score-tree leaf's own action (shown on hover) and waits for it. */
export async function openRuleEditor(page: Page, indicator: string): Promise<Locator> {
  const leaf = page.locator(`[data-testid=score-tree] [data-row="${indicator}"]`);
  await leaf.hover();
  await leaf.getByRole('button', { name: `设置“${indicator}”的评分规则` }).click();
  const editor = page.locator('[data-testid=rule-editor]');
  await editor.waitFor({ timeout: 30_000 });
  return editor;
}
