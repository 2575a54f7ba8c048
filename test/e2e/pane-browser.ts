import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { serve } from './static-server';

/** The repository root, and the URL office.js is referenced at in the built pane. */
export const root = join(__dirname, '..', '..');
export const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Headless Chromium and the built pane (dist/) on a loopback port. A missing browser or build is a
 * failure, never a skip: CI installs Debian's chromium, and npm run test:e2e builds first.
 */
export async function startPane(): Promise<{ browser: Browser; server: Awaited<ReturnType<typeof serve>> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
  if (!existsSync(join(root, 'dist', 'taskpane.html'))) throw new Error('dist/ is not built (npm run test:e2e builds it)');
  const server = await serve(join(root, 'dist'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return { browser, server };
}
