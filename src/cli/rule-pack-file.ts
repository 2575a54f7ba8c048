import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Lang, t } from '../core/i18n/catalogue';
import type { RulePack } from '../core/rules/pack';
import { shippedPacks } from '../core/rules/packs/index';
import { RulePackError, validatePack } from '../core/rules/validate-pack';
import { CheckError } from './check-error';

/**
 * `--rules NAME|FILE`: a shipped pack's name, a pack JSON file, or a folder holding pack.json. A pack's
 * `rules` list holds rule objects, or rule ids read from `<id>.json` beside pack.json (one file per rule).
 */
export function loadRules(arg: string, lang: Lang): string | RulePack {
  if (shippedPacks.has(arg)) return arg;
  if (!existsSync(arg)) {
    throw new CheckError(
      'bad-rules',
      t(lang, 'cli.unknown-rules', { name: arg, names: [...shippedPacks.keys()].join('、') }),
    );
  }
  const file = statSync(arg).isDirectory() ? join(arg, 'pack.json') : arg;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    if (Array.isArray(raw.rules)) {
      raw.rules = raw.rules.map((r) =>
        typeof r === 'string' ? JSON.parse(readFileSync(join(dirname(file), `${r}.json`), 'utf8')) : r,
      );
    }
    return validatePack(raw, file, lang);
  } catch (err) {
    const detail = err instanceof RulePackError ? err.problems.join('；') : (err as Error).message;
    throw new CheckError('bad-rules', t(lang, 'cli.bad-rules', { file, detail }));
  }
}
