import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';

/** Bundles the simulated office.js (fake-office/office-stub.ts) for the browser; returns its source. */
export async function buildOfficeStub(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'scoresheet-office-stub-'));
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: join(__dirname, 'fake-office', 'office-stub.ts'),
    output: { path: out, filename: 'office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'esnext', sourceMap: false } },
        },
      ],
    },
    infrastructureLogging: { level: 'error' },
  });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((err, result) => (err || !result ? reject(err ?? new Error('no webpack result')) : resolve(result))),
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
  return readFileSync(join(out, 'office.js'), 'utf8');
}
