/**
 * The office-addin-* tools send no usage data from this repository: outside the peer subtree of
 * office-addin-debugging, the lockfile pins only copies of office-addin-usage-data that cannot report
 * (3.x) and no applicationinsights package; .npmrc keeps that peer subtree out (omit=peer); and the
 * postinstall check (scripts/check-usage-data.js) runs after every install and passes on what is
 * installed, with a HOME that has no opt-out file to lean on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

describe('office-addin usage data', () => {
  it('the lockfile installs no reporting copy of office-addin-usage-data and no applicationinsights', () => {
    type Entry = { version: string; peer?: boolean; dependencies?: Record<string, string> };
    const packages = Object.entries(readJson('package-lock.json').packages as Record<string, Entry>);
    // Peer-only entries are what omit=peer leaves out (the next test); the rest is installed.
    const installed = packages.filter(([, pkg]) => !pkg.peer);
    const copies = installed.filter(([path]) => path.endsWith('node_modules/office-addin-usage-data'));
    expect(copies.length).toBeGreaterThan(0);
    for (const [path, pkg] of copies) {
      expect([path, Number(pkg.version.split('.')[0]) >= 3]).toEqual([path, true]);
      expect(pkg.dependencies?.applicationinsights).toBeUndefined();
    }
    expect(installed.filter(([path]) => path.endsWith('node_modules/applicationinsights'))).toEqual([]);
  });

  it('.npmrc leaves out the peer subtree that would bring the Application Insights SDK', () => {
    const npmrc = readFileSync(join(root, '.npmrc'), 'utf8')
      .split('\n')
      .map((l) => l.trim());
    expect(npmrc).toContain('omit=peer');
  });

  it('postinstall runs the check, and the check passes on what is installed', () => {
    expect(readJson('package.json').scripts.postinstall).toBe('node scripts/check-usage-data.js');
    const home = mkdtempSync(join(tmpdir(), 'scoresheet-home-'));
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'check-usage-data.js'), '--check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, HOME: home, USERPROFILE: home },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage data: off (no installed package can send it)');
  });
});
