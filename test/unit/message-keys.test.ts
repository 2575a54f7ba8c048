import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_ORDER } from '../../src/core/checks/index';
import { SEVERITY_ORDER } from '../../src/core/checks/finding';
import enUS from '../../src/core/i18n/en-US.json';
import zhCN from '../../src/core/i18n/zh-CN.json';
import { RULE_KIND_NAMES, RULE_KINDS } from '../../src/core/rules/kinds/index';
import { SOURCE_NAMES, VALUE_SOURCES, type ParamSpec } from '../../src/core/rules/kinds/kind-spec';
import { RULE_ORIGINS, WHY_NOT_SCORED } from '../../src/core/rules/messages';
import { shippedPackList } from '../../src/core/rules/packs/index';
import { MESSAGES, type Messages } from '../../src/taskpane/messages';

const SRC = join(__dirname, '../../src');
const zh: Record<string, string> = zhCN;
const en: Record<string, string> = enUS;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The catalogue's own families of keys ("cli.", "rule.", …): a literal of one of them is meant as a key. */
const FAMILIES = [
  ...new Set(
    Object.keys(zh)
      .filter((k) => k.includes('.'))
      .map((k) => k.split('.')[0]),
  ),
];

/** Every message key the source names literally: t(lang, 'x'), messageKey: 'x', any 'family.x' literal, a read error's code. */
function literalKeys(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (key: string, file: string) => found.set(key, file.slice(SRC.length + 1));
  const family = new RegExp(`['"\`]((?:${FAMILIES.join('|')})\\.[\\w.-]*[\\w-])['"\`]`, 'g');
  for (const file of sources(SRC)) {
    // Comments name keys as examples ("term.x"); only code counts.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/\bt\(\s*\w+\s*,\s*'([^']+)'/g)) add(m[1], file);
    // messageKey: 'a' or messageKey: cond ? 'a' : 'b'
    for (const m of text.matchAll(/messageKey:\s*([^,\n]+)/g))
      for (const q of m[1].matchAll(/(?:^|[?:])\s*'([^']+)'/g)) add(q[1], file);
    for (const m of text.matchAll(family))
      if (!m[1].includes('${') && !/\.(json|xlsx|docx|md|tsx?)$/.test(m[1])) add(m[1], file);
    for (const m of text.matchAll(/ReadError\('([\w-]+)'/g)) add(`read.${m[1]}`, file);
  }
  return found;
}

/** The keys made at run time from the registries: rule.<kind>, its parameters, why a score was not checked, … */
function builtKeys(): string[] {
  return [
    ...RULE_KIND_NAMES.flatMap((k) => [`rule.${k}`, `rule.help.${k}`]),
    ...RULE_KIND_NAMES.flatMap((k) => RULE_KINDS[k].params.map((p) => p.labelKey)),
    ...RULE_KIND_NAMES.flatMap((k) => RULE_KINDS[k].params.flatMap((p) => Object.values(p.optionKeys ?? {}))),
    ...Object.values(SOURCE_NAMES),
    ...Object.values(WHY_NOT_SCORED),
    ...Object.values(RULE_ORIGINS),
    ...shippedPackList.map((p) => p.titleKey),
    ...Object.keys(SEVERITY_ORDER).flatMap((s) => [`severity.${s}`, `summary.severity.${s}`]),
  ];
}

/** The pane's messages by path ("errors.no-file"), as messages.ts builds them from the catalogue. */
function paneTexts(messages: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of Object.entries(value as object)) walk(v, path ? `${path}.${k}` : k);
  };
  const { locale: _locale, ...texts } = messages;
  walk(texts, '');
  return out;
}

/** Where the pane takes a message from elsewhere in the catalogue than its own pane.* key. */
const PANE_BORROWED: Record<string, string> = {
  'warnings.state-rows-unreadable': 'state.rows-unreadable',
  // The CLI's clean says the same of corrected cells.
  correctionsRestored: 'correction.restored',
  correctionsKept: 'correction.kept',
  ...Object.fromEntries(shippedPackList.map((p) => [`rulePacks.${p.name}`, p.titleKey])),
};

describe('message catalogues', () => {
  it('have the same keys in zh-CN and en-US, none of them empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)])
      expect([key, text.trim() === '']).toEqual([key, false]);
  });

  it('hold every key the source names, in both languages', () => {
    const keys = literalKeys();
    // The scan finds what it is meant to: keys of checks, scoring rules, the CLI and the reader.
    for (const sample of [
      'cli.usage',
      'sum-mismatch.name',
      'invalid-value.error',
      'rule.why.no-rule',
      'pack.unknown-kind',
      'read.ole',
      'report.total',
    ]) {
      expect(keys.has(sample)).toBe(true);
    }
    const missing = [...keys].filter(([key]) => !(key in zh) || !(key in en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('hold every key built from a rule kind, a check id, a severity or a shipped pack, in both languages', () => {
    const missing = builtKeys().filter((key) => !(key in zh) || !(key in en));
    expect(missing).toEqual([]);
  });

  it('name every choice a rule editor offers (each value source, each option of a kind), in both languages', () => {
    const unnamed = [
      ...VALUE_SOURCES.filter((s) => !(s in SOURCE_NAMES)),
      ...RULE_KIND_NAMES.flatMap((k) =>
        (RULE_KINDS[k].params as readonly ParamSpec[])
          .filter((p) => p.type === 'choice')
          .flatMap((p) => (p.options ?? []).filter((o) => !p.optionKeys?.[o]).map((o) => `${k}.${p.name}.${o}`)),
      ),
    ];
    expect(unnamed).toEqual([]);
    // A choice is said in words, never as its id.
    for (const key of Object.values(SOURCE_NAMES))
      expect([key, zh[key] === key.split('.').pop()]).toEqual([key, false]);
  });

  it('say every check in its own words: a message named by its id or under it ("score-out-of-range.above")', () => {
    const unsaid = CHECK_ORDER.filter((id) => !Object.keys(zh).some((key) => key === id || key.startsWith(`${id}.`)));
    expect(unsaid).toEqual([]);
  });

  it('give the pane every word from a pane.* key (or a core key it borrows), in both languages, and hold no pane.* key it does not use', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const texts = paneTexts(MESSAGES[locale]);
      const catalogue = locale === 'zh-CN' ? zh : en;
      const keyOf = (path: string) => PANE_BORROWED[path] ?? `pane.${path}`;
      // t() falls back to the key itself: a path whose key is missing would show "pane.x" in the pane.
      const unsaid = [...texts].filter(([path, text]) => !(keyOf(path) in catalogue) || text === keyOf(path));
      expect(unsaid).toEqual([]);
      const used = new Set([...texts.keys()].map(keyOf));
      expect(Object.keys(catalogue).filter((key) => key.startsWith('pane.') && !used.has(key))).toEqual([]);
    }
  });

  it("list the shipped rule packs in the pane by the core's titles, after the automatic choice", () => {
    expect(Object.keys(MESSAGES['en-US'].rulePacks)).toEqual(['auto', ...shippedPackList.map((p) => p.name)]);
    for (const p of shippedPackList) expect(MESSAGES['zh-CN'].rulePacks[p.name]).toBe(zh[p.titleKey]);
  });

  it("leave no Chinese user-facing text in the pane's code outside the catalogue", () => {
    const PANE = join(SRC, 'taskpane');
    const inline = sources(PANE).flatMap((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return code
        .split('\n')
        .filter((line) => /[\u4e00-\u9fff]/.test(line))
        .map((line) => `${file.slice(PANE.length + 1)}: ${line.trim()}`);
    });
    expect(inline).toEqual([]);
  });
});
