/**
 * docs/ARCHITECTURE.md against the code. Each "where to change what" recipe is exercised by adding a dummy of
 * its kind at run time where the code allows it (a vocabulary, a rule pack, a check object, a form clue, a
 * message) and checking the engine picks it up. Where a kind cannot be added at run time because its record
 * is typed (RULE_KINDS, CHECKS), the record's keys are held to the union in the source and to the list the
 * recipe gives, read from the doc, so neither the doc nor the code can drift from the other. Every file the
 * doc names must exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkbook, type CheckResult } from '../src/core/check';
import { type Check, type CheckContext, indicatorName } from '../src/core/checks/context';
import type { CheckId, FindingDraft } from '../src/core/checks/finding';
import { CHECK_ORDER, CHECKS, checks } from '../src/core/checks/index';
import forms from '../src/core/data/forms.json';
import headerSynonyms from '../src/core/data/header-synonyms.json';
import rowLabels from '../src/core/data/row-labels.json';
import type { RawValue, WorkbookData } from '../src/core/grid/types';
import { type Lang, type MessageKey, t } from '../src/core/i18n/catalogue';
import enUS from '../src/core/i18n/en-US.json';
import zhCN from '../src/core/i18n/zh-CN.json';
import { defaultVocabulary, type Vocabulary } from '../src/core/locate/synonyms';
import { toCheckJson } from '../src/core/output/json';
import { RULE_KIND_NAMES, RULE_KINDS } from '../src/core/rules/kinds/index';
import { validatePack } from '../src/core/rules/validate-pack';

const ROOT = join(__dirname, '..');
const DOC_PATH = join(ROOT, 'docs', 'ARCHITECTURE.md');
const DOC = readFileSync(DOC_PATH, 'utf8');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const zh: Record<string, string> = zhCN;
const en: Record<string, string> = enUS;

// ——— reading the doc ———————————————————————————————————————————————————————————————————————————————

/** The text of the recipe under "### title", up to the next heading. */
function recipe(title: string): string {
  const start = DOC.indexOf(`\n### ${title}\n`);
  if (start < 0) throw new Error(`docs/ARCHITECTURE.md has no recipe "### ${title}"`);
  const rest = DOC.slice(start + 1);
  const end = rest.slice(1).search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end + 2);
}

/** The backquoted words of the recipe's list line "- <label> …: `a`, `b`". */
function listed(section: string, label: string): string[] {
  const line = section.split('\n').find((l) => l.startsWith(`- ${label}`));
  if (!line) throw new Error(`the recipe has no line "- ${label}…"`);
  const list = line.slice(line.indexOf(': ') + 2);
  return [...list.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** The string members of a union type as written in the source, up to the blank line that ends it. */
function unionInSource(file: string, typeName: string, member: RegExp): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const start = text.indexOf(`export type ${typeName} =`);
  if (start < 0) throw new Error(`${file} declares no ${typeName}`);
  const body = text.slice(start, text.indexOf('\n\n', start));
  return [...body.matchAll(member)].map((m) => m[1]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? [path, ...filesUnder(path)] : [path];
  });
}

const sorted = (list: readonly string[]): string[] => [...list].sort();

// ——— a small target table, as a district types it ——————————————————————————————————————————————————

const HEADER = ['一级指标', '二级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分'];
const LINES: RawValue[][] = [
  ['产出指标', '数量指标', '培训人数', 10, '≥100人', '80人', 8],
  ['产出指标', '质量指标', '合格率', 10, '≥95%', '96%', 10],
  ['效益指标', '社会效益指标', '群众满意度', 10, '≥90%', null, 10],
];

function workbook(rows: RawValue[][], sheet = '自评表'): WorkbookData {
  return {
    sheets: [
      { name: sheet, cells: rows.map((r) => r.map((value) => (value === null ? undefined : { value }))), merges: [] },
    ],
  };
}

const targetTable = (scoreHeader = '得分') => workbook([[...HEADER.slice(0, -1), scoreHeader], ...LINES]);
const at = (f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`;

// ——— the doc as a whole ————————————————————————————————————————————————————————————————————————————

describe('docs/ARCHITECTURE.md', () => {
  it('names only files and folders that exist (a bare file name in a paragraph is found under that paragraph’s folders)', () => {
    const missing: string[] = [];
    for (const paragraph of DOC.split(/\n\s*\n/)) {
      const tokens = [...paragraph.matchAll(/`([^`\s]+)`/g)].map((m) => m[1]).filter((p) => !/[<*]/.test(p));
      const folders = tokens.filter(
        (p) => /^(src|test|docs)\//.test(p) && existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isDirectory(),
      );
      const inFolders = folders.flatMap((f) => filesUnder(join(ROOT, f)).map((p) => p.slice(ROOT.length + 1)));
      for (const token of tokens) {
        const isPath =
          /^(src|test|docs)\//.test(token) ||
          /\.(ts|tsx|js|mjs|json|md)$/.test(token) ||
          (token.endsWith('/') && folders.length > 0);
        if (!isPath) continue;
        const found =
          existsSync(join(ROOT, token)) || inFolders.some((p) => p.endsWith(`/${token.replace(/\/$/, '')}`));
        if (!found) missing.push(token);
      }
    }
    expect(missing).toEqual([]);
  });

  it('draws the layers in one picture and gives the boundary rule as the lint config has it', () => {
    expect(DOC.match(/```mermaid/g)).toHaveLength(1);
    const eslint = readFileSync(join(ROOT, 'eslint.config.mjs'), 'utf8');
    // Compared with the quotes the formatter leaves aside.
    expect(eslint.replace(/"/g, "'")).toContain(
      "'@typescript-eslint/no-restricted-imports': ['error', { patterns: coreForbiddenPatterns }]",
    );
    expect(DOC).toContain('`coreForbiddenPatterns`');
  });

  it('is linked from the README', () => {
    expect(README).toMatch(/## For developers\n+[^\n]*\(docs\/ARCHITECTURE\.md\)/);
  });
});

// ——— a new column synonym ——————————————————————————————————————————————————————————————————————————

describe('recipe: a new column synonym', () => {
  const section = recipe('A new column synonym');
  const DUMMY = '核定分';

  it('lists the roles header-synonyms.json has, score and funding', () => {
    expect(listed(section, 'Score roles')).toEqual(Object.keys(headerSynonyms.score));
    expect(listed(section, 'Funding roles')).toEqual(Object.keys(headerSynonyms.funding));
  });

  it('a synonym added to the vocabulary finds the column whose header uses it, and the check reads its scores', () => {
    const without = checkWorkbook(targetTable(DUMMY), { rules: 'generic' });
    expect(without.model.scoreTables[0].header.score).toBeUndefined();
    expect(without.findings.filter((f) => f.rule === 'deduction')).toEqual([]);

    const score = defaultVocabulary.score.score;
    const vocabulary: Vocabulary = {
      ...defaultVocabulary,
      score: { ...defaultVocabulary.score, score: { ...score, exact: [...(score.exact ?? []), DUMMY] } },
    };
    const result = checkWorkbook(targetTable(DUMMY), { rules: 'generic', vocabulary });
    expect(result.model.scoreTables[0].header.score).toMatchObject({ address: 'G1', text: DUMMY });
    expect(result.findings.filter((f) => f.rule === 'deduction').map((f) => `${f.cell} ${f.message}`)).toEqual([
      'G2 培训人数扣 2 分（分值 10，得分 8）。',
    ]);
  });
});

// ——— a new scoring-rule kind ———————————————————————————————————————————————————————————————————————

describe('recipe: a new scoring-rule kind', () => {
  const section = recipe('A new scoring-rule kind');
  const kinds = listed(section, 'Kinds today');

  it('lists exactly the kinds of the RuleSpec union, which are exactly the keys of RULE_KINDS', () => {
    const union = unionInSource('src/core/rules/types.ts', 'RuleSpec', /kind: '([^']+)'/g);
    expect(sorted(kinds)).toEqual(sorted(union));
    expect(sorted(RULE_KIND_NAMES)).toEqual(sorted(union));
    expect(sorted(Object.keys(RULE_KINDS))).toEqual(sorted(kinds));
  });

  it('finds each kind where the recipe puts it: its module, its names in both languages, a row of the README’s table', () => {
    for (const kind of kinds) {
      expect([kind, existsSync(join(ROOT, 'src/core/rules/kinds', `${kind}.ts`))]).toEqual([kind, true]);
      for (const key of [`rule.${kind}`, `rule.help.${kind}`])
        expect([key, !!zh[key], !!en[key]]).toEqual([key, true, true]);
      expect(README).toContain(`| \`${kind}\` |`);
    }
  });

  it('a dummy rule pack (JSON, validated) using a listed kind reaches its indicator and scores it', () => {
    expect(kinds).toContain('bands');
    const json = `{ "name": "dummy-district", "rules": [ { "id": "pass-rate", "match": { "names": ["合格率"] },
      "rule": { "kind": "bands", "bands": [ { "min": 0.98, "points": 10 }, { "min": 0.9, "points": 8 }, { "points": 0 } ] } } ] }`;
    const pack = validatePack(JSON.parse(json), 'dummy.json');

    const generic = toCheckJson('t.xlsx', checkWorkbook(targetTable(), { rules: 'generic' }));
    expect(generic.indicators.find((i) => i.cell === 'G3')).toMatchObject({ computed: 10 });
    expect(generic.findings.filter((f) => f.rule === 'score-mismatch')).toEqual([]);

    const result = checkWorkbook(targetTable(), { rules: pack });
    const json2 = toCheckJson('t.xlsx', result);
    expect(json2.indicators.find((i) => i.cell === 'G3')).toMatchObject({
      computed: 8,
      rule: { kind: 'bands', origin: 'dummy-district/pass-rate' },
    });
    const mismatch = json2.findings.filter((f) => f.rule === 'score-mismatch');
    expect(mismatch.map((f) => [f.cell, f.expected, f.actual])).toEqual([['G3', 8, 10]]);
    expect(mismatch[0].message).toContain('分档计分');
    expect(mismatch[0].message).toContain('dummy-district/pass-rate');
  });
});

// ——— a new check ———————————————————————————————————————————————————————————————————————————————————

describe('recipe: a new check', () => {
  const section = recipe('A new check');
  const listedChecks = listed(section, 'Checks today');

  it('lists exactly the members of CheckId, which are exactly the keys of CHECKS, in CHECK_ORDER', () => {
    const union = unionInSource('src/core/checks/finding.ts', 'CheckId', /\|\s*'([^']+)'/g);
    expect(sorted(listedChecks)).toEqual(sorted(union));
    expect(sorted(Object.keys(CHECKS))).toEqual(sorted(union));
    expect(listedChecks).toEqual([...CHECK_ORDER]);
  });

  it('finds each check where the recipe puts it: its module, its message in both languages, a row of the README’s table', () => {
    for (const id of listedChecks) {
      expect([id, existsSync(join(ROOT, 'src/core/checks', `${id}.ts`))]).toEqual([id, true]);
      const own = (catalogue: Record<string, string>) =>
        Object.keys(catalogue).some((k) => k === id || k.startsWith(`${id}.`));
      expect([id, own(zh), own(en)]).toEqual([id, true, true]);
      expect(README).toContain(`| \`${id}\` |`);
    }
  });

  it('a dummy check run through the Check interface over a checked workbook’s context finds what it looks for, said in both languages', () => {
    const wb = targetTable();
    const result: CheckResult = checkWorkbook(wb, { rules: 'generic' });
    const ctx: CheckContext = {
      model: result.model,
      rules: result.rules,
      tolerance: { fixed: null },
      rateBase: 'adjusted',
      examined: {},
      workbook: wb,
    };

    // The registered checks over this context find what the whole check found: it is the engine's context.
    expect(sorted(checks.flatMap((c) => c.run(ctx)).map((d) => at({ rule: d.rule, cell: d.at.address })))).toEqual(
      sorted(result.findings.map(at)),
    );

    // A real check adds its id to CheckId; a dummy has to say it is one.
    const scoredWithoutActual: Check = {
      id: 'scored-without-actual' as CheckId,
      run(c: CheckContext): FindingDraft[] {
        return c.model.scoreTables
          .flatMap((table) => table.indicators)
          .filter((i) => i.score?.reading.kind === 'number' && (!i.actual || i.actual.reading.kind === 'empty'))
          .map((i) => ({
            rule: this.id,
            severity: 'warning',
            at: i.actual?.cell ?? i.nameCell,
            indicator: indicatorName(i),
            expected: null,
            actual: null,
            messageKey: 'missing-value',
            params: { indicator: indicatorName(i), field: 'term.actual' },
          }));
      },
    };
    const drafts = [...checks, scoredWithoutActual]
      .flatMap((c) => c.run(ctx))
      .filter((d) => d.rule === scoredWithoutActual.id);
    // toFinding's words: the catalogue's message with its params, a term said in the same language.
    const words = (lang: Lang) => drafts.map((d) => `${d.at.address} ${t(lang, d.messageKey, d.params)}`);
    expect(words('zh-CN')).toEqual(['F4 群众满意度缺少实际完成值。']);
    expect(words('en-US')).toEqual(['F4 群众满意度: actual missing.']);
  });
});

// ——— a new form layout —————————————————————————————————————————————————————————————————————————————

describe('recipe: a new form layout', () => {
  const section = recipe('A new form layout');

  it('names the keys forms.json and row-labels.json have', () => {
    expect(listed(section, 'forms.json keys')).toEqual(Object.keys(forms).filter((k) => k !== '$comment'));
    expect(listed(section, 'row-labels.json keys')).toEqual(Object.keys(rowLabels).filter((k) => k !== '$comment'));
  });

  it('names the files in the order given: data, then the locator, then the corpus', () => {
    const order = [
      'src/core/data/forms.json',
      'src/core/data/row-labels.json',
      'src/core/locate/national-form.ts',
      'test/forms/index.ts',
      'test/forms-corpus.test.ts',
    ];
    const places = order.map((file) => section.indexOf(`\`${file}\``));
    expect(places.every((p) => p >= 0)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('a dummy clue added to forms.json’s departmentClues makes a form titled with it a department form', () => {
    const form = workbook(
      [
        ['2024年度某某资金考评表'],
        ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额', 50, 50, 49.5, 10, 0.99, 9.9],
        ['其中：本年财政拨款', 50, 50, 49.5, null, null, null],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 45, 45],
        ['效益指标', '社会效益指标', '满意度', '≥90%', '96%', 45, 45],
        ['总分', null, null, null, null, 100, 99.9],
      ],
      '表一',
    );
    const formsOf = () =>
      toCheckJson('t.xlsx', checkWorkbook(form))
        .tables.filter((tb) => tb.kind === 'score')
        .map((tb) => [tb.range, tb.form]);
    expect(formsOf()).toEqual([['A5:H8', 'project']]);
    const clues = forms.departmentClues;
    clues.push('考评表');
    try {
      expect(formsOf()).toEqual([['A5:H8', 'department']]);
    } finally {
      clues.splice(clues.indexOf('考评表'), 1);
    }
    expect(formsOf()).toEqual([['A5:H8', 'project']]);
  });
});

// ——— a new message —————————————————————————————————————————————————————————————————————————————————

describe('recipe: a new message', () => {
  const section = recipe('A new message');

  it('names key families the catalogue has, in both languages', () => {
    const families = [...section.matchAll(/`([a-z-]+)\.`/g)].map((m) => m[1]);
    expect(families.length).toBeGreaterThan(5);
    for (const family of families) {
      expect([
        family,
        Object.keys(zh).some((k) => k.startsWith(`${family}.`)),
        Object.keys(en).some((k) => k.startsWith(`${family}.`)),
      ]).toEqual([family, true, true]);
    }
  });

  it('a dummy key added to both catalogues is said by t in each language, its params filled and a term param translated', () => {
    const key = 'architecture.dummy' as MessageKey;
    const params = { indicator: '合格率', field: 'term.points' };
    expect(t('zh-CN', key, params)).toBe('architecture.dummy');
    zh[key] = '{indicator}的{field}待核实。';
    en[key] = '{indicator}: {field} to be confirmed.';
    try {
      expect(t('zh-CN', key, params)).toBe('合格率的分值待核实。');
      expect(t('en-US', key, params)).toBe('合格率: points to be confirmed.');
    } finally {
      delete zh[key];
      delete en[key];
    }
    expect(t('en-US', key, params)).toBe('architecture.dummy');
  });
});
