import { CHECK_ORDER, CHECKS, checks } from '../../src/core/checks/index';
import enUS from '../../src/core/i18n/en-US.json';
import zhCN from '../../src/core/i18n/zh-CN.json';
import { applyRule } from '../../src/core/rules/apply-rule';
import { EXPLAINED_KINDS, RULE_KIND_NAMES, RULE_KINDS } from '../../src/core/rules/kinds/index';
import genericPack from '../../src/core/rules/packs/generic/pack.json';
import guangzhouPack from '../../src/core/rules/packs/guangzhou-department/pack.json';
import { shippedPackList, shippedPacks } from '../../src/core/rules/packs/index';
import type { RuleInput, RuleSpec } from '../../src/core/rules/types';
import { RulePackError, validatePack } from '../../src/core/rules/validate-pack';

const input: RuleInput = {
  points: 10,
  target: { value: 100, operator: '>=' },
  actual: 90,
  actualText: '90',
  funding: { budget: 200, spent: 180, 'funding-rate': 0.9, publicBudget: 10, publicSpent: 12 },
};

describe('checks: one record by id, one order', () => {
  it('registers each check under its own id', () => {
    for (const [id, check] of Object.entries(CHECKS)) expect(check.id).toBe(id);
  });

  it('runs every registered check exactly once, in CHECK_ORDER', () => {
    expect([...CHECK_ORDER].sort()).toEqual(Object.keys(CHECKS).sort());
    expect(new Set(CHECK_ORDER).size).toBe(CHECK_ORDER.length);
    expect(checks.map((c) => c.id)).toEqual(CHECK_ORDER);
  });

  it('keeps the order findings of equal severity were listed in', () => {
    expect(CHECK_ORDER.slice(0, 6)).toEqual([
      'invalid-value',
      'sum-mismatch',
      'score-out-of-range',
      'score-mismatch',
      'ratio-mismatch',
      'breakdown-mismatch',
    ]);
    expect(CHECK_ORDER.indexOf('target-not-met')).toBeLessThan(CHECK_ORDER.indexOf('deduction'));
    expect(CHECK_ORDER[CHECK_ORDER.length - 1]).toBe('narrative-skipped-number');
  });
});

describe('scoring-rule kinds: one record each', () => {
  it('files each kind under its own name, with its rule.<kind> message in both languages', () => {
    for (const kind of RULE_KIND_NAMES) {
      const spec = RULE_KINDS[kind];
      expect(spec.kind).toBe(kind);
      expect(spec.nameKey).toBe(`rule.${kind}`);
      expect(zhCN[spec.nameKey]).toBeTruthy();
      expect(enUS[spec.nameKey]).toBeTruthy();
      expect(spec.helpKey).toBe(`rule.help.${kind}`);
      expect(zhCN[spec.helpKey]).toBeTruthy();
      expect(enUS[spec.helpKey]).toBeTruthy();
    }
  });

  it('describes each parameter for a form: a unique name, a label in both languages, choices where it is one', () => {
    for (const kind of RULE_KIND_NAMES) {
      const names = RULE_KINDS[kind].params.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
      for (const param of RULE_KINDS[kind].params) {
        expect(zhCN[param.labelKey]).toBeTruthy();
        expect(enUS[param.labelKey]).toBeTruthy();
        if (param.type === 'choice') expect(param.options?.length).toBeGreaterThan(1);
      }
    }
    expect(RULE_KINDS['per-unit'].params.filter((p) => p.required).map((p) => p.name)).toEqual([
      'limit',
      'step',
      'deduct',
      'direction',
    ]);
    expect(RULE_KINDS.proportional.params).toEqual([]);
  });

  it('marks the kinds the report explains: those whose computation is more than a target sentence', () => {
    expect([...EXPLAINED_KINDS].sort()).toEqual(['bands', 'composite', 'per-unit', 'rate', 'threshold']);
  });

  it('dispatches every kind through its record (the record is what applyRule calls)', () => {
    const specs: Record<(typeof RULE_KIND_NAMES)[number], RuleSpec> = {
      proportional: { kind: 'proportional' },
      inverse: { kind: 'inverse' },
      equal: { kind: 'equal' },
      'by-target': { kind: 'by-target' },
      rate: { kind: 'rate', source: 'funding-rate' },
      threshold: { kind: 'threshold', tests: [{ actual: 'publicSpent', limit: 'publicBudget' }] },
      bands: { kind: 'bands', bands: [{ min: 80, points: 6 }] },
      'per-unit': { kind: 'per-unit', limit: 100, step: 5, deduct: 1, direction: 'under', rounding: 'floor' },
      qualitative: { kind: 'qualitative' },
      composite: {
        kind: 'composite',
        parts: [
          { label: 'a', weight: 4, rule: { kind: 'assumed' } },
          { label: 'b', weight: 6, rule: { kind: 'rate', source: 'funding-rate' } },
        ],
      },
    };
    const computed = Object.fromEntries(RULE_KIND_NAMES.map((k) => [k, applyRule(specs[k], input).computed]));
    expect(computed).toEqual({
      proportional: 9,
      inverse: 10,
      equal: 0,
      'by-target': 9,
      rate: 9,
      threshold: 0,
      bands: 6,
      'per-unit': 8,
      qualitative: null,
      composite: 9.4,
    });
  });
});

describe('rule packs: each kind validates its own parameters', () => {
  const pack = (rule: unknown) => ({ name: 'p', rules: [{ id: 'r', match: { hasTarget: true }, rule }] });
  const problems = (rule: unknown, lang: 'zh-CN' | 'en-US' = 'zh-CN'): string[] => {
    try {
      validatePack(pack(rule), 'test.json', lang);
      return [];
    } catch (err) {
      if (err instanceof RulePackError) return err.problems;
      throw err;
    }
  };

  it('accepts a valid spec of every kind', () => {
    for (const kind of ['proportional', 'inverse', 'equal', 'by-target', 'qualitative'])
      expect(problems({ kind })).toEqual([]);
    expect(problems({ kind: 'per-unit', limit: 1, step: 0.01, deduct: 1, direction: 'over' })).toEqual([]);
  });

  it('names every known kind for an unknown one, from the record', () => {
    expect(problems({ kind: 'percent' }, 'en-US')).toEqual([
      `rules[0].rule.kind：unknown kind "percent" (known: ${RULE_KIND_NAMES.join(', ')})`,
    ]);
    expect(problems({ kind: 'percent' })).toEqual([
      `rules[0].rule.kind：未知的规则类型“percent”（可用：${RULE_KIND_NAMES.join('、')}）`,
    ]);
  });

  it('says each bad parameter where it is, in the language asked for', () => {
    const bad: [unknown, string, string][] = [
      [{ kind: 'rate', source: 'nowhere' }, 'rules[0].rule.source', '应为 actual、funding-rate、budget'],
      [{ kind: 'rate', weight: -1 }, 'rules[0].rule.weight', '应为正数'],
      [
        { kind: 'threshold', tests: [{ actual: 'spent', limit: 'x' }] },
        'rules[0].rule.tests[0]',
        'actual 与 limit 应为资金项目',
      ],
      [{ kind: 'bands', bands: [] }, 'rules[0].rule.bands', '应为非空数组'],
      [{ kind: 'bands', bands: [{ points: 1, min: 'a' }] }, 'rules[0].rule.bands[0].min', '应为数字'],
      [{ kind: 'per-unit', limit: 1, step: 0, deduct: 1, direction: 'over' }, 'rules[0].rule.step', '应为正数'],
      [
        { kind: 'per-unit', limit: 1, step: 1, deduct: 1, direction: 'up' },
        'rules[0].rule.direction',
        '应为 over、under 之一',
      ],
      [{ kind: 'qualitative', met: 'yes' }, 'rules[0].rule.met', '应为字符串数组'],
      [
        { kind: 'composite', parts: [{ label: 'a', weight: 1, rule: { kind: 'rate', weight: 0 } }] },
        'rules[0].rule.parts[0].rule.weight',
        '应为正数',
      ],
    ];
    for (const [rule, path, zh] of bad) {
      const [problem] = problems(rule);
      expect(problem.startsWith(`${path}：${zh}`)).toBe(true);
      const [en] = problems(rule, 'en-US');
      expect(en.startsWith(`${path}：`)).toBe(true);
      expect(en).not.toBe(problem);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('puts the problems into one message in each language', () => {
    const err = (lang: 'zh-CN' | 'en-US') => {
      try {
        validatePack({ rules: 3 }, 'x.json', lang);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    };
    expect(err('zh-CN')).toBe('规则包 x.json 有误：name：缺少规则包名称；rules：应为规则数组');
    expect(err('en-US')).toBe(
      'Rule pack x.json is not valid: name：missing the pack name; rules：must be a list of rules',
    );
  });
});

describe('shipped rule packs, as a list for the pane', () => {
  it('lists every shipped pack under its pack.json name, with a title in both languages and its description', () => {
    expect(shippedPackList.map((p) => p.name)).toEqual([genericPack.name, guangzhouPack.name]);
    expect([...shippedPacks.keys()]).toEqual(shippedPackList.map((p) => p.name));
    for (const info of shippedPackList) {
      expect(zhCN[info.titleKey]).toBeTruthy();
      expect(enUS[info.titleKey]).toBeTruthy();
      expect(info.title).toBe(shippedPacks.get(info.name)?.title);
      expect(info.description.length).toBeGreaterThan(20);
    }
    expect(shippedPackList[1].title).toBe('广州市部门整体支出绩效自评');
  });
});
