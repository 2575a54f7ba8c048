import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildOfficeStub } from './build-office-stub';
import { OFFICE_JS, root, startPane } from './pane-browser';
import type { serve } from './static-server';

/**
 * The built pane under its Content-Security-Policy, in headless Chromium: the <meta> policy is there,
 * and the pane works without one violation, in browser mode (check a chosen file, annotate, download the
 * Word file: the ExcelJS and docx chunks load) and inside a simulated Excel (office.js from its origin).
 * The old-browser notice still shows from its own script file; an injected inline script is refused.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

interface Violations {
  /** securitypolicyviolation events seen in the page: "directive blocked-uri". */
  events: string[];
  /** Console messages about the policy (Chromium logs every refusal). */
  console: string[];
}

/** A page that records every policy violation from before its first script runs. */
async function openPage(opts: {
  officeJs: 'refuse' | string;
  userAgent?: string;
  workbook?: unknown;
}): Promise<{ page: Page; seen: Violations }> {
  const page = await browser.newPage({
    viewport: { width: 420, height: 1000 },
    acceptDownloads: true,
    userAgent: opts.userAgent,
  });
  const seen: Violations = { events: [], console: [] };
  await page.exposeFunction('__reportViolation', (v: string) => seen.events.push(v));
  await page.addInitScript((workbook) => {
    if (workbook) Object.assign(window, { __workbook: workbook });
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (v: string) => void }).__reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  }, opts.workbook ?? null);
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.console.push(m.text());
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const officeJs = opts.officeJs;
  await page.route(OFFICE_JS, (route) =>
    officeJs === 'refuse'
      ? route.abort()
      : route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs }),
  );
  await page.goto(`${server.url}/taskpane.html`);
  return { page, seen };
}

beforeAll(async () => {
  ({ browser, server } = await startPane());
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('carries the policy as the first thing in its head, scripts from itself and office.js only', async () => {
  const { page } = await openPage({ officeJs: 'refuse' });
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(policy).toContain("object-src 'none'");
  // The policy must come before any script to govern it.
  const firstScript = await page.evaluate(() => {
    const all = [...document.head.children];
    return [
      all.findIndex((e) => e.matches('meta[http-equiv="Content-Security-Policy"]')),
      all.findIndex((e) => e.tagName === 'SCRIPT'),
    ];
  });
  expect(firstScript[0]).toBeGreaterThanOrEqual(0);
  expect(firstScript[0]).toBeLessThan(firstScript[1]);
  await page.close();
});

it('browser mode: check, annotate and the Word download without a violation', async () => {
  const { page, seen } = await openPage({ officeJs: 'refuse' });
  await page.setInputFiles('[data-testid=file-input]', join(root, 'assets', 'sample-scoresheet.xlsx'));
  const summary = page.locator('[data-testid=summary]');
  await summary.waitFor({ timeout: 30_000 });
  await expect(summary.textContent()).resolves.toContain('总分 97.38 / 100');
  await page.getByRole('button', { name: '标注', exact: true }).click();
  await page.locator('[data-notice=success]').waitFor({ timeout: 30_000 });
  const [workbook] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载标注后的工作簿' }).click(),
  ]);
  expect(
    readFileSync(await workbook.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  const [word] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载 Word' }).click(),
  ]);
  expect(
    readFileSync(await word.path())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  // Fluent UI's run-time styles applied (a button has its rounded corners), under style-src.
  const radius = await page
    .getByRole('button', { name: '下载 Word' })
    .evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
  expect(radius).not.toBe('0px');
  expect(seen).toEqual({ events: [], console: [] });
  await page.close();
}, 90_000);

it('inside a simulated Excel: office.js from its origin, the table found, without a violation', async () => {
  const [stub, workbook] = await Promise.all([
    buildOfficeStub(),
    import('../../src/xlsx/read').then(({ readWorkbook }) =>
      readWorkbook(readFileSync(join(root, 'assets', 'sample-scoresheet.xlsx'))),
    ),
  ]);
  const { page, seen } = await openPage({ officeJs: stub, workbook });
  await page.locator('[data-testid=location]').getByText('在 自评表!A3:J6 找到评分表').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: '检查', exact: true }).click();
  await page.locator('[data-testid=summary]').waitFor({ timeout: 30_000 });
  expect(seen).toEqual({ events: [], console: [] });
  await page.close();
}, 120_000);

it('shows the old-browser notice from its script file, and refuses an inline script', async () => {
  const { page, seen } = await openPage({
    officeJs: 'refuse',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko',
  });
  await expect(page.locator('#root').getAttribute('data-unsupported')).resolves.toBe('1');
  await expect(page.locator('#root').textContent()).resolves.toContain('Microsoft Edge WebView2');
  expect(seen.events).toEqual([]);
  // The listener does see a refusal: an inline script put in by hand does not run.
  const ran = await page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(s);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  for (let i = 0; i < 50 && seen.events.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100));
  expect(seen.events).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
  await page.close();
});
