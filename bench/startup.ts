import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository: this file runs compiled, from lib/bench. */
const root = join(__dirname, '..', '..');

export interface StartupFigures {
  pairs: number;
  /** Median wall time of the whole `scoresheet check` process on the bundled sample, ms. */
  check: number;
  /** Median wall time of a bare `node -e 0`, ms. */
  bare: number;
  /** Median of the per-pair ratios check ÷ bare. */
  ratio: number;
}

/** The CLI's start-up target: the whole `check` process at most this many times a bare node. */
export const STARTUP_TARGET = 2.5;

function run(args: string[], ok: number[]): number {
  const t0 = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (child.error) throw child.error;
  if (child.status === null || !ok.includes(child.status)) {
    throw new Error(
      `node ${args.join(' ')} exited with ${child.status ?? child.signal}: ${child.stderr.toString().trim()}`,
    );
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The whole `scoresheet check assets/sample-scoresheet.xlsx` process against `node -e 0`, started in turn
 * (check, bare, check, bare…) so that each pair meets the same machine: the ratio is taken pair by pair.
 * The sample has an error finding, so check exits 1; any other exit code stops the bench.
 */
export function measureStartup(pairs = 21, warmup = 2): StartupFigures {
  const check = [join(root, 'bin', 'scoresheet.js'), 'check', join(root, 'assets', 'sample-scoresheet.xlsx')];
  const bare = ['-e', '0'];
  const checks: number[] = [];
  const bares: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < warmup + pairs; i++) {
    const a = run(check, [0, 1]);
    const b = run(bare, [0]);
    if (i < warmup) continue;
    checks.push(a);
    bares.push(b);
    ratios.push(a / b);
  }
  return { pairs, check: median(checks), bare: median(bares), ratio: median(ratios) };
}

export function startupLine(f: StartupFigures): string {
  return (
    `Whole \`scoresheet check\` process on the bundled sample: ${f.check.toFixed(0)} ms, bare \`node -e 0\`: ${f.bare.toFixed(0)} ms; ` +
    `ratio ${f.ratio.toFixed(2)} (median of ${f.pairs} paired runs; target ≤ ${STARTUP_TARGET}).`
  );
}

if (require.main === module) console.log(startupLine(measureStartup()));
