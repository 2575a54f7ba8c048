import { checkWorkbook } from '../../src/core/check';
import type { RawValue, WorkbookData } from '../../src/core/grid/types';
import { bestRole, defaultVocabulary, headerKey, type SynonymSet } from '../../src/core/locate/synonyms';
import headerSynonyms from '../../src/core/data/header-synonyms.json';

type Roles = Record<string, SynonymSet>;
const HOWS = ['exact', 'contains', 'weak', 'prefix', 'suffix'] as const;

/** Every synonym of a vocabulary that a header written exactly like it would not be matched to its own role. */
function unmatchable(roles: Roles): string[] {
  const out: string[] = [];
  for (const [role, set] of Object.entries(roles)) {
    for (const how of HOWS) {
      for (const synonym of set[how] ?? []) {
        const found = bestRole(synonym, roles);
        if (headerKey(synonym) === null || found?.role !== role)
          out.push(`${role}.${how} “${synonym}” → ${found?.role ?? 'nothing'}`);
      }
    }
  }
  return out;
}

describe('header synonyms', () => {
  it('each synonym in header-synonyms.json matches its own role, through the same normalisation as a header cell', () => {
    expect(unmatchable(headerSynonyms.score as Roles)).toEqual([]);
    expect(unmatchable(headerSynonyms.funding as Roles)).toEqual([]);
  });

  it('flags a synonym that can never match: a digit that is no year, a sentence, one taken by a stronger role', () => {
    const roles: Roles = {
      target: { exact: ['指标值', '指标3', '本年度各项指标的目标值及其计算口径说明与填报要求（见附件）和注意事项'] },
      actual: { exact: ['实际完成值'], weak: ['实际完成值'] },
    };
    expect(unmatchable(roles)).toEqual([
      'target.exact “指标3” → nothing',
      'target.exact “本年度各项指标的目标值及其计算口径说明与填报要求（见附件）和注意事项” → nothing',
    ]);
    expect(unmatchable({ a: { contains: ['完成'] }, b: { exact: ['完成值'] } })).toEqual([]);
    expect(unmatchable({ a: { weak: ['完成值'] }, b: { exact: ['完成值'] } })).toEqual(['a.weak “完成值” → b']);
  });

  it('matches a header decorated with a year or a unit to its role', () => {
    const score = defaultVocabulary.score;
    const funding = defaultVocabulary.funding;
    expect(bestRole('2024年度指标值', score)?.role).toBe('target');
    expect(bestRole('2023年实际完成值', score)?.role).toBe('actual');
    expect(bestRole('指标分值（分）', score)?.role).toBe('points');
    expect(bestRole('年度指标值（2024年）', score)?.role).toBe('target');
    expect(bestRole('２０２４年度 指标值', score)?.role).toBe('target');
    expect(bestRole('实际完成值2024年', score)?.role).toBe('actual');
    expect(bestRole('2024年全年执行数', funding)?.role).toBe('spent');
    expect(bestRole('2024年度预算数', funding)?.role).toBe('adjustedBudget');
    expect(bestRole('2024年度目标', score)?.role).toBe('target');
    expect(bestRole('预算数/万元', funding)?.role).toBe('adjustedBudget');
    expect(bestRole('执行数单位：万元', funding)?.role).toBe('spent');
  });

  it('keeps data unmatched: figures, numbered names, a bare year', () => {
    for (const text of ['≥95%', '指标3-12', '2,695.46', '2024年', '2024', '100分', '第3项指标值']) {
      expect([text, bestRole(text, defaultVocabulary.score)]).toEqual([text, null]);
      expect([text, bestRole(text, defaultVocabulary.funding)]).toEqual([text, null]);
    }
  });

  it('a synonym written with its year in the data file stands for the plain header', () => {
    const roles: Roles = { target: { exact: ['2024年度目标'] }, actual: { exact: ['实际值'] } };
    expect(bestRole('年度目标', roles)?.role).toBe('target');
    expect(bestRole('2025年度目标', roles)?.role).toBe('target');
  });

  it('reads a target table whose headers carry the year: target, actual and points are found and checked', () => {
    const rows: RawValue[][] = [
      ['一级指标', '二级指标', '三级指标', '指标分值（分）', '2024年度指标值', '2024年实际完成值', '自评得分'],
      ['产出指标', '数量指标', '培训人数', 10, '≥100人', '80人', 10],
      ['产出指标', '质量指标', '合格率', 10, '≥95%', '96%', 10],
    ];
    const workbook: WorkbookData = {
      sheets: [{ name: '自评表', cells: rows.map((r) => r.map((value) => ({ value }))), merges: [] }],
    };
    const result = checkWorkbook(workbook, { rules: 'generic' });
    const table = result.model.scoreTables[0];
    expect(Object.keys(table.header).sort()).toEqual(expect.arrayContaining(['actual', 'points', 'score', 'target']));
    expect(table.indicators.map((i) => [i.target?.text, i.actual?.text])).toEqual([
      ['≥100人', '80人'],
      ['≥95%', '96%'],
    ]);
    // 80 of 100: 8 points by the target, 10 stated.
    expect(
      result.findings.filter((f) => f.rule === 'score-mismatch').map((f) => [f.indicator, f.expected, f.actual]),
    ).toEqual([['培训人数', 8, 10]]);
    expect(result.findings.filter((f) => f.rule === 'target-not-met').map((f) => f.indicator)).toEqual(['培训人数']);
  });
});
