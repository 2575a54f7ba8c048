import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './support/cli';

const dir = mkdtempSync(join(tmpdir(), 'scoresheet-read-errors-'));

describe('a file that cannot be read', () => {
  it.each([
    ['zh-CN', '文件不存在'],
    ['en-US', 'no such file'],
  ])('is named with the reason in %s', async (lang, reason) => {
    const missing = join(dir, 'missing.xlsx');
    const out = await cli('check', missing, '--lang', lang);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(missing);
    expect(out.stderr).toContain(reason);
  });
});
