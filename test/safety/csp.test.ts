/**
 * The pages' Content-Security-Policy, as webpack.config.js builds it and the page templates place it
 * (the built pane runs under it in test/e2e/csp.e2e.test.ts): scripts only from the pane's own origin
 * and office.js's, never inline or eval'd; for OFFICE_JS=local, its own origin alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contentSecurityPolicy } = require('../../webpack.config.js') as {
  contentSecurityPolicy: (officeJsUrl: string, production: boolean) => string;
};

const root = join(__dirname, '..', '..');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the production policy with office.js from Microsoft', () => {
  const csp = directives(contentSecurityPolicy(CDN, true));

  it('allows scripts and connections only from the pane and the office.js origin', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp['connect-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  });

  it('allows no plugin, no <base> elsewhere, no form post; images from itself, data: and blob:', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('allows inline styles (Fluent UI inserts <style> elements) and nothing else inline', () => {
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    for (const [name, sources] of Object.entries(csp)) {
      if (name === 'style-src') continue;
      expect([name, sources.filter((s) => /unsafe|\*/.test(s))]).toEqual([name, []]);
    }
  });
});

it('for OFFICE_JS=local allows the pane’s own origin alone', () => {
  const csp = directives(contentSecurityPolicy('office-js/office.js', true));
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['connect-src']).toEqual(["'self'"]);
});

it('the development build adds only eval (source maps) and the dev server’s websocket', () => {
  const csp = directives(contentSecurityPolicy(CDN, false));
  expect(csp['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com', "'unsafe-eval'"]);
  expect(csp['connect-src']).toEqual([
    "'self'",
    'https://appsforoffice.microsoft.com',
    'ws://localhost:3000',
    'wss://localhost:3000',
  ]);
});

describe.each(['taskpane.html', 'commands.html'])('src/taskpane/%s', (page) => {
  const html = readFileSync(join(root, 'src', 'taskpane', page), 'utf8');

  it('places the policy before any script', () => {
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" />');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.indexOf('<script'));
  });

  it('has no inline script and no inline event handler', () => {
    // Template parameters ("<%= officeJsUrl %>") hold a ">" of their own.
    const plain = html.replace(/<%[\s\S]*?%>/g, 'PARAM');
    const scripts = [...plain.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc=/);
      expect(body.trim()).toBe('');
    }
    expect(plain).not.toMatch(/\son[a-z]+=/i);
  });
});
