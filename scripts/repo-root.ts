import * as fs from 'node:fs';
import * as path from 'node:path';

/** The directory holding package.json, whether run from scripts/ or compiled into lib/scripts/. */
export function repoRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
}
