/**
 * The bad-input corpus through the real bin: every malformed or hostile file gets one clear line on stderr
 * (exit 2) or correct findings (exit 0/1), never a crash, a stack trace or a hang.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { badInputCases, buildBadInputs, type BadInput } from '../scripts/bad-inputs/corpus';

const root = join(__dirname, '..');
const bin = join(root, 'bin', 'scoresheet.js');
const PER_FILE_MS = 20_000;
const PARALLEL = 2;

interface Outcome {
  code: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

function check(file: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, 'check', file, '--json'],
      { cwd: root, timeout: PER_FILE_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 2 ** 20 },
      (err, stdout, stderr) => {
        const e = err as (Error & { code?: number | string; killed?: boolean }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          timedOut: Boolean(e?.killed),
          stdout,
          stderr,
        });
      },
    );
  });
}

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-bad-inputs-'));
let inputs: BadInput[] = [];
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  inputs = await buildBadInputs(dir);
  const queue = [...inputs];
  const worker = async () => {
    for (let input = queue.shift(); input; input = queue.shift()) outcomes.set(input.file, await check(input.file));
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scoresheet check on bad inputs', () => {
  it('has at least 30 cases, each with its own file name', () => {
    expect(badInputCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(badInputCases.map((c) => c.file)).size).toBe(badInputCases.length);
  });

  it.each(badInputCases.map((c) => [c.file, c] as const))('%s', (file) => {
    const input = inputs.find((i) => basename(i.file) === file) as BadInput;
    const out = outcomes.get(input.file) as Outcome;
    const { expected } = input;
    expect(out.timedOut).toBe(false);
    // No stack trace, whatever the exit code.
    expect(out.stderr).not.toMatch(/^\s+at .+(:\d+:\d+\)?|\(native\))$/m);
    expect({ code: out.code, stderr: out.stderr.slice(0, 500) }).toMatchObject({ code: expected.exit });
    if (expected.exit === 2) {
      expect(out.stdout).toBe('');
      const lines = out.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^scoresheet: \S/);
      expect(lines[0]).toContain(file);
      if (expected.stderrIncludes) expect(lines[0]).toContain(expected.stderrIncludes);
      return;
    }
    expect(out.stderr).toBe('');
    const json = JSON.parse(out.stdout) as { findings: { rule: string }[]; indicators: { path: string[] }[] };
    const rules = new Set(json.findings.map((f) => f.rule));
    for (const rule of expected.findings ?? []) expect([...rules]).toContain(rule);
    for (const rule of expected.absent ?? []) expect([...rules]).not.toContain(rule);
    const leaves = json.indicators.map((i) => i.path[i.path.length - 1]);
    for (const leaf of expected.leaves ?? []) expect(leaves).toContain(leaf);
  });

  it('docs/bad-inputs.md lists every case with the exit code it must get', () => {
    const doc = readFileSync(join(root, 'docs', 'bad-inputs.md'), 'utf8');
    for (const c of badInputCases) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${c.file}\` |`));
      expect({ file: c.file, row: row !== undefined }).toEqual({ file: c.file, row: true });
      expect({ file: c.file, exit: row?.split(' | ')[2] }).toEqual({ file: c.file, exit: String(c.expected.exit) });
    }
  });
});
