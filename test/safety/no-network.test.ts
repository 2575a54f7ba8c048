/**
 * Nothing is sent anywhere: what the CLI's check, annotate, report and batch summary do — read the
 * .xlsx, check, build the write plan, write the annotated workbook, the Word and Markdown reports —
 * makes no network call. In-process with every network API trapped, and as the compiled CLI in a
 * child process with the same traps preloaded (any call ends it with exit code 97).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installNetworkTraps, type NetworkTraps } from './network-traps';

const root = join(__dirname, '..', '..');
const SAMPLE = join(root, 'assets', 'sample-scoresheet.xlsx');
const PRELOAD = join(__dirname, 'trap-network.js');
const TRAPPED_EXIT = 97;
const dir = mkdtempSync(join(tmpdir(), 'scoresheet-no-network-'));

describe('in-process, every network API trapped', () => {
  let traps: NetworkTraps;
  beforeAll(() => {
    traps = installNetworkTraps();
  });
  afterAll(() => traps.restore());

  it('check, annotate, report (.docx and .md) and a batch summary make no call', async () => {
    // Loaded only now, behind the traps: a module that keeps a reference at load time is caught too.
    const { main } = await import('../../src/cli/main');
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    copyFileSync(SAMPLE, join(inbox, 'sample.xlsx'));

    // The sample has one error (its 说明 states 46.5 where the table makes 47.5): exit 1 throughout.
    expect(await main(['check', SAMPLE, '--json'], io)).toBe(1);
    expect(await main(['annotate', SAMPLE, '-o', join(dir, 'annotated.xlsx')], io)).toBe(1);
    expect(await main(['report', SAMPLE, '-o', join(dir, 'report.docx')], io)).toBe(1);
    expect(await main(['report', SAMPLE, '-o', join(dir, 'report.md')], io)).toBe(1);
    expect(await main(['check', inbox, '--summary', join(dir, 'summary.xlsx')], io)).toBe(1);

    expect(traps.calls).toEqual([]);
    for (const f of ['annotated.xlsx', 'report.docx', 'summary.xlsx'])
      expect(readFileSync(join(dir, f)).subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(join(dir, 'report.md'))).toBe(true);
  }, 60_000);

  it('the traps do catch a call (so the test above can fail)', async () => {
    const before = traps.calls.length;
    const http = await import('node:http');
    expect(() => http.get('http://127.0.0.1:9/')).toThrow('network call trapped: http.get');
    await expect(Promise.resolve().then(() => fetch('https://example.com/'))).rejects.toThrow(
      'network call trapped: fetch',
    );
    expect(traps.calls.slice(before)).toEqual(['http.get', 'fetch']);
  });
});

describe('the compiled CLI in a child process, network traps preloaded', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  const cli = (...args: string[]) => run(join(root, 'bin', 'scoresheet.js'), ...args);

  it.each([
    ['check', ['check', SAMPLE, '--json']],
    ['annotate', ['annotate', SAMPLE, '-o', join(dir, 'child-annotated.xlsx')]],
    ['report .docx', ['report', SAMPLE, '-o', join(dir, 'child-report.docx')]],
    ['batch summary', ['check', SAMPLE, '--summary', join(dir, 'child-summary.xlsx')]],
  ])(
    '%s makes no call',
    (_name, args) => {
      const child = cli(...args);
      expect(child.stderr).not.toContain('network call trapped');
      expect(child.status).toBe(1);
    },
    60_000,
  );

  it('the preload does catch a call, even one whose error is caught', () => {
    const child = run('-e', "try { require('node:https').get('https://example.com/'); } catch {}");
    expect(child.status).toBe(TRAPPED_EXIT);
    expect(child.stderr).toContain('network call trapped: https.get');
  });
});
