import improvements from '../data/improvements.json';
import type { CheckResult } from '../check';
import type { Finding, RuleId } from '../checks/finding';
import { numberOf, show, showReading } from '../checks/numbers';
import { targetStatus } from '../checks/target-status';
import { cleanSum, roundTo } from '../checks/tolerance';
import type { Field, FundingKey, FundingLine, FundingTable, Indicator, ScoreTable, WorkbookModel } from '../model/types';
import { normalizeLabel } from '../parse/normalize';
import type { ReadNumber } from '../parse/number';
import type { RuleResult } from '../rules/evaluate';
import { chineseNumber } from './chinese-numbers';
import type { Block, ReportDocument } from './document';
import { defaultTemplates, fill, type Templates } from './template';

/** Rule kinds whose computation is worth a sentence (a plain target sentence says the rest). */
const EXPLAINED_KINDS = new Set(['rate', 'composite', 'threshold', 'bands', 'per-unit']);
/** A first-level group whose section lists the targets of the workbook's target tables (履职效能 in the seed). */
const PERFORMANCE_GROUP = /履职|效能|产出|效益/;
/** The signature line under a form ("项目负责人：…  财务负责人：…"): never an indicator of the report. */
const SIGNATURE = /^(?:项目|财务|单位|部门)?(?:负责人|填表人|填报人|联系人|联系电话|审核人|经办人)[:：]/;

interface Problem {
  /** What the improvement measure is chosen by: the indicator's names and, where a rule explains the loss, its terms. */
  family: string;
  text: string;
}

/** What one report is about: a score table (none when the workbook has only targets) and the target lists it takes in. */
interface Subject {
  table: ScoreTable | undefined;
  targets: ScoreTable[];
}

/** Everything one report reads: the check's findings by cell, each indicator's rule. */
interface Context {
  result: CheckResult;
  templates: Templates;
  byIndicator: Map<Indicator, RuleResult>;
  findings: Map<string, Finding[]>;
}

/**
 * Writes the 自评表说明 from the checked workbook: one report per score table (the department's first, then each
 * project's in sheet order), each with its title and the seed's four sections, every figure from the sheets.
 * Target-only tables are not reported on alone: they fill the 履职效能 section of the department's report.
 */
export function buildReport(result: CheckResult, templates: Templates = defaultTemplates): ReportDocument {
  const ctx: Context = {
    result,
    templates,
    byIndicator: new Map(result.rules.results.map((r) => [r.indicator, r])),
    findings: findingsByCell(result.findings),
  };
  const reports = subjects(result.model).map((s) => buildOne(ctx, s));
  const [first, ...rest] = reports;
  return { title: first.title, blocks: [...first.blocks, ...rest.flatMap((r) => [{ kind: 'title' as const, text: r.title }, ...r.blocks])] };
}

/** The reports a workbook gives: department (and index) tables first, then projects, each in sheet order. */
function subjects(model: WorkbookModel): Subject[] {
  const order = (t: ScoreTable) => model.sheets.indexOf(t.sheet) * 1e7 + t.area.top * 1e3 + t.area.left;
  const byOrder = (a: ScoreTable, b: ScoreTable) => order(a) - order(b);
  const targets = model.scoreTables.filter((t) => t.form === 'targets').sort(byOrder);
  const departments = model.scoreTables.filter((t) => t.form === 'department' || t.form === 'index').sort(byOrder);
  const projects = model.scoreTables.filter((t) => t.form === 'project').sort(byOrder);
  const out: Subject[] = [...departments, ...projects].map((table) => ({ table, targets: [] }));
  // The target lists belong to the department's table; with none, to a report of their own.
  const home = out.find((s) => s.table?.form !== 'project');
  if (home) home.targets = targets;
  else if (targets.length || out.length === 0) out.unshift({ table: undefined, targets });
  return out;
}

function findingsByCell(findings: Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

function findingAt(ctx: Context, field: Field | null | undefined, rule: RuleId): Finding | undefined {
  return field ? ctx.findings.get(`${field.cell.sheet}!${field.cell.address}`)?.find((f) => f.rule === rule) : undefined;
}

/** The names one report uses: its unit, project and year as the sheet gives them. */
interface Names {
  unit: string;
  /** The unit as the sheet names it, or null (the template's "本单位" stands in only in the title). */
  unitKnown: string | null;
  project: string | null;
  year: number | null;
}

function namesOf(model: WorkbookModel, table: ScoreTable | undefined, templates: Templates): Names {
  const meta = table?.meta ?? {};
  const project = table?.form === 'project';
  const unitKnown =
    meta.unit?.text ??
    (project ? (meta.implementer?.text ?? meta.department?.text) : meta.department?.text) ??
    model.meta.unit?.text ??
    null;
  const name = meta.project?.text ?? null;
  return {
    unit: unitKnown ?? templates.unitFallback,
    unitKnown,
    project: name ? name.replace(/项目$/, '') || name : null,
    year: meta.year?.value ?? model.meta.year?.value ?? null,
  };
}

function titleOf(table: ScoreTable | undefined, names: Names, t: Templates): string {
  if (table?.form === 'project') {
    const subject = names.project ?? names.unit;
    return names.year ? fill(t.projectTitle, { year: names.year, project: subject }) : fill(t.projectTitleNoYear, { project: subject });
  }
  return names.year ? fill(t.title, { year: names.year, unit: names.unit }) : fill(t.titleNoYear, { unit: names.unit });
}

function buildOne(ctx: Context, subject: Subject): ReportDocument {
  const { result, templates: t } = ctx;
  const { model } = result;
  const table = subject.table && reported(subject.table);
  const targets = subject.targets.map(reported);
  const names = namesOf(model, table, t);
  const isProject = table?.form === 'project';
  const year = names.year ?? t.yearFallback;
  const funding = fundingOf(model, table);
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: t.section1 });
  if (isProject) {
    for (const part of t.projectSection1Parts) {
      blocks.push({ kind: 'heading', level: 2, text: part.heading });
      const text = projectPart(part.part, table, names, funding, t, year);
      blocks.push(text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: part.placeholder, placeholder: true });
    }
  } else {
    for (const part of t.section1Parts) {
      blocks.push({ kind: 'heading', level: 2, text: part.heading });
      const text = 'funding' in part ? fundingText(funding, t, names.unitKnown ?? '', year) : quotedText(model, part.labels ?? []);
      blocks.push(text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: part.placeholder, placeholder: true });
    }
  }

  blocks.push({ kind: 'heading', level: 1, text: t.section2 });
  const problems: Problem[] = [];
  const scored = table ? table.indicators.filter((i) => i.points !== null || i.score !== null) : [];
  const blank = scored.filter((i) => numberOf(i.score) === null);
  const totalText = table ? tableTotal(table, 'score') : '';
  const overallValues = { year, unit: names.unitKnown ?? t.unitSelf, project: names.project ?? '', score: totalText || t.unknownFigure };
  if (table && scored.length > 0 && blank.length === scored.length) {
    blocks.push({ kind: 'paragraph', text: fill(isProject ? t.overallProjectUnscored : t.overallUnscored, overallValues), placeholder: true });
    problems.push({ family: '绩效管理', text: t.problemUnscored });
  } else {
    blocks.push({ kind: 'paragraph', text: fill(isProject ? t.overallProject : t.overall, overallValues) });
    if (blank.length > 0) {
      problems.push({ family: '绩效管理', text: fill(t.problemBlankScores, { count: blank.length, names: blank.map(leafName).join('、') }) });
    }
  }
  if (table) {
    const scoredFunding = fundingScore(table, funding);
    blocks.push(scoreTableBlock(table, t, totalText || t.unknownFigure, scoredFunding && !scoredFunding.indicator ? scoredFunding : null));
    if (scoredFunding) {
      // The funding line's points count in the 总分 (10 + 90): its own section, first, like the form's first block.
      const { label, points, score, line } = scoredFunding;
      blocks.push({ kind: 'heading', level: 2, text: fill(t.fundingHeading, { n: chineseNumber(1), figures: figures(t, figure(points), figure(score), t.leafScoreWord) }) });
      const said = line ? fundingLineText(line, t) : '';
      if (said) blocks.push({ kind: 'paragraph', text: said });
      // A blank funding score of an indicator is among the missing scores already.
      if (numberOf(score) || !scoredFunding.indicator) fundingProblem(label, points, score, t, problems);
    }
    const rest = scoredFunding?.indicator ? { ...table, indicators: table.indicators.filter((i) => i !== scoredFunding.indicator) } : table;
    blocks.push(...analysis(ctx, rest, targets, problems, scoredFunding ? 1 : 0));
  } else if (targets.length) {
    blocks.push({ kind: 'heading', level: 2, text: fill(t.targetsOnlyHeading, { n: chineseNumber(1) }) });
    blocks.push(...targetBlocks(ctx, targets, problems).blocks);
  }

  blocks.push({ kind: 'heading', level: 1, text: t.section3 });
  if (problems.length === 0) {
    const tables = [...(table ? [table] : []), ...targets];
    const unchecked = uncheckedTargets(ctx, tables);
    const anyTarget = tables.some((tb) => tb.indicators.some((i) => i.target || i.adjustedTarget));
    // 各项指标均达到目标 only where there were targets and every one was checked and met.
    const text = unchecked.length
      ? fill(t.noProblemsUnchecked, { count: unchecked.length, names: unchecked.map(leafName).join('、') })
      : anyTarget ? t.noProblems : t.noProblemsNoTargets;
    blocks.push({ kind: 'paragraph', text });
  }
  problems.forEach((p, i) => blocks.push({ kind: 'paragraph', text: fill(p.text, { ordinal: chineseNumber(i + 1) }) }));

  blocks.push({ kind: 'heading', level: 1, text: t.section4 });
  const measures = measuresFor(problems);
  if (measures.length === 0) blocks.push({ kind: 'paragraph', text: t.noMeasures });
  measures.forEach((text, i) => blocks.push({ kind: 'paragraph', text: fill(t.measure, { ordinal: chineseNumber(i + 1), text }) }));

  return { title: titleOf(table, names, t), blocks };
}

/** The table as the report shows it: without a signature line read as one of its rows. */
function reported(table: ScoreTable): ScoreTable {
  const signed = (i: Indicator) => [...i.path, i.target?.text ?? '', i.actual?.text ?? ''].some((text) => SIGNATURE.test(text.trim()));
  const indicators = table.indicators.filter((i) => !signed(i));
  return indicators.length === table.indicators.length ? table : { ...table, indicators };
}

function leafName(ind: Indicator): string {
  return ind.path[ind.path.length - 1] ?? '';
}

/** Indicators with a target whose meeting could not be told (no actual, or one that does not read). */
function uncheckedTargets(ctx: Context, tables: ScoreTable[]): Indicator[] {
  return tables.flatMap((table) =>
    table.indicators.filter((ind) => {
      if (!ind.target && !ind.adjustedTarget) return false;
      const rule = ctx.byIndicator.get(ind);
      return !rule || targetStatus(rule.reconciled) !== true;
    }),
  );
}

/** A text the workbook gives under one of the labels: a label–text pair, or the paragraphs under such a heading. */
function quotedText(model: WorkbookModel, labels: string[]): string | null {
  const wanted = labels.map((l) => normalizeLabel(l));
  const pair = model.labelledTexts.find((t) => wanted.includes(t.label));
  if (pair) return pair.text;
  for (const block of model.texts) {
    const start = block.paragraphs.findIndex((p) => p.text.length <= 30 && wanted.includes(normalizeLabel(p.text)));
    if (start < 0) continue;
    const body: string[] = [];
    for (const p of block.paragraphs.slice(start + 1)) {
      if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/.test(p.text)) break;
      body.push(p.text);
    }
    if (body.length) return body.join('\n');
  }
  return null;
}

/** The project form's 基本情况: who runs it, its money, its goal and what was done. */
function projectPart(part: string, table: ScoreTable | undefined, names: Names, funding: Funding, t: Templates, year: number | string): string | null {
  const meta = table?.meta ?? {};
  if (part === 'overview') {
    const bits: string[] = [];
    if (meta.department) bits.push(fill(t.projectDepartment, { department: meta.department.text }));
    if (meta.implementer) bits.push(fill(t.projectImplementer, { implementer: meta.implementer.text }));
    if (bits.length === 0) return null;
    return fill(t.projectOverview, { project: names.project ?? t.projectSelf, parts: `由${bits.join('，')}` });
  }
  if (part === 'funding') return fundingText(funding, t, names.project ? `${names.project}项目` : '', year);
  const goal = part === 'goal' ? table?.goals?.expected : table?.goals?.actual;
  return goal?.text.trim() || null;
}

/** The funding a report states: the table's own block, else (for a department) the workbook's. */
interface Funding {
  facts: Partial<Record<FundingKey, Field>>;
  table: FundingTable | null;
}

function fundingOf(model: WorkbookModel, table: ScoreTable | undefined): Funding {
  const own =
    table?.funding ??
    // Until a table names its funding block, the funding table just above it on its sheet is taken for it.
    model.fundingTables
      .filter((f) => table && f.sheet === table.sheet && f.area.bottom < table.area.top)
      .sort((a, b) => b.area.bottom - a.area.bottom)[0] ??
    null;
  const facts: Partial<Record<FundingKey, Field>> = {};
  if (!own && table?.form !== 'project') Object.assign(facts, model.fundingBlocks[0]?.facts ?? {});
  const source = own ?? (table?.form === 'project' ? null : (model.fundingTables[0] ?? null));
  const totalLine = source ? (source.lines.find((l) => l.isTotal) ?? source.lines[0]) : undefined;
  if (totalLine) {
    facts.initialBudget ??= totalLine.values.initialBudget;
    facts.budget ??= totalLine.values.adjustedBudget ?? totalLine.values.initialBudget;
    facts.spent ??= totalLine.values.spent;
    facts.rate ??= totalLine.values.rate;
  }
  return { facts, table: source };
}

function amount(n: ReadNumber): string {
  return show(n.value, n.decimals);
}

/** （二）部门整体收支情况, in the seed's phrasing, from the funding block (or a funding table's total row). */
function fundingText(funding: Funding, templates: Templates, subject: string, year: number | string): string | null {
  const get = (key: FundingKey) => numberOf(funding.facts[key]);
  const budget = get('budget') ?? get('initialBudget');
  const spent = get('spent');
  if (!budget || !spent) return null;
  const t = templates.funding;
  const stated = get('rate');
  let rate: string | null = null;
  if (budget.value === 0) rate = null;
  else if (stated) rate = show(stated.value > 1.5 && !stated.percent ? stated.value / 100 : stated.value, stated.percent ? stated.decimals : 2, true);
  else if (budget.value !== 0) rate = show(spent.value / budget.value, 2, true);
  const values = { unit: subject, year, budget: amount(budget), spent: amount(spent), rate: rate ?? '' };
  const parts: string[] = [fill(rate === null ? t.budgetNoRate : t.budget, values)];
  const list = (keys: FundingKey[]) => keys.flatMap((k) => (get(k) ? [fill(t[k as keyof typeof t], { value: amount(get(k) as ReadNumber) })] : []));
  const sources = list(['sourceGeneral', 'sourceFund', 'sourceStateCapital', 'sourceOther']);
  if (sources.length) parts.push(fill(t.sources, { parts: sources.join('，') }));
  const nature = list(['basic', 'project']);
  if (nature.length) parts.push(fill(t.nature, { parts: nature.join('，') }));
  const carryover = get('carryover');
  if (carryover) parts.push(fill(t.carryover, { carryover: amount(carryover) }));
  const lines = funding.table?.lines.filter((l) => !l.isTotal && numberOf(l.values.spent)?.value) ?? [];
  if (lines.length && sources.length === 0 && nature.length === 0) {
    parts.push(fill(t.lines, { parts: lines.map((l) => fill(t.line, { label: l.label.replace(/^其中[:：]?/, ''), value: amount(numberOf(l.values.spent) as ReadNumber) })).join('，') }));
  }
  return parts.join('');
}

/** A figure as the sheet shows it; an empty cell gives an empty string (callers say it is missing). */
function figure(field: Field | null | undefined): string {
  const n = numberOf(field);
  return n ? showReading(n) : (field?.text.trim() ?? '');
}

/** A value as typed, with the unit of the row's 度量单位 column where the value has none ("6" and "次": "6次"). */
function asTyped(field: Field | null | undefined, unit: Field | undefined): string {
  const text = field?.text.trim() ?? '';
  const u = unit?.text.trim() ?? '';
  return text !== '' && /[\d]$/.test(text) && u !== '' && !/^[-—/／无]+$/.test(u) ? `${text}${u}` : text;
}

function sumOf(indicators: Indicator[], key: 'points' | 'score'): string {
  const values = indicators.map((i) => numberOf(i[key]));
  if (values.length === 0 || values.some((v) => v === null)) return '';
  const known = values as ReadNumber[];
  const decimals = Math.max(0, ...known.map((v) => v.decimals));
  return show(cleanSum(known), decimals);
}

/** The table's stated 合计 / 总分, else the sum of its lines where every one is filled; '' when it cannot be told. */
function tableTotal(table: ScoreTable, key: 'points' | 'score'): string {
  const stated = numberOf(table.total?.[key]);
  if (stated) return showReading(stated);
  return sumOf(table.indicators, key);
}

/** "（总分为10分，得分为9分）", or what the sheet leaves out said as missing — never an empty figure. */
function figures(t: Templates, points: string, score: string, scoreWord: string): string {
  if (points && score) return fill(t.figures.both, { points, score, scoreWord });
  if (points) return fill(t.figures.noScore, { points });
  if (score) return fill(t.figures.noPoints, { score, scoreWord });
  return '';
}

/** The score table as the seed shows it: one row per indicator, its levels, points and score, and the total. */
function scoreTableBlock(table: ScoreTable, t: Templates, totalText: string, fundingRow: FundingScore | null): Block {
  const h = t.tableHeader;
  const levels = Math.max(1, ...table.indicators.map((i) => i.path.length));
  const names = levels === 1 ? [h.name] : Array.from({ length: levels }, (_, i) => h.levels[i] ?? fill(h.levelN, { n: chineseNumber(i + 1) }));
  const header = [...names, h.points, h.score];
  const rows: string[][] = [header];
  const cell = (text: string) => text || t.unknownFigure;
  if (fundingRow) rows.push([fundingRow.label, ...Array.from({ length: levels - 1 }, () => ''), cell(figure(fundingRow.points)), cell(figure(fundingRow.score))]);
  for (const ind of table.indicators) {
    const path = Array.from({ length: levels }, (_, i) => ind.path[i] ?? '');
    rows.push([...path, cell(figure(ind.points)), cell(figure(ind.score))]);
  }
  rows.push([h.total, ...Array.from({ length: levels - 1 }, () => ''), cell(tableTotal(table, 'points')), totalText]);
  return { kind: 'table', rows: rows.map((r) => r.slice(0, header.length)), headerRows: 1 };
}

/** （一）… per first-level group, then its indicators, each with its figures, target and what the check found. */
function analysis(ctx: Context, table: ScoreTable, targets: ScoreTable[], problems: Problem[], before: number): Block[] {
  const t = ctx.templates;
  const blocks: Block[] = [];
  const flat = table.indicators.every((i) => i.path.length <= 1);
  if (flat) {
    let n = before;
    if (targets.length) {
      blocks.push({ kind: 'heading', level: 2, text: fill(t.targetsOnlyHeading, { n: chineseNumber(++n) }) });
      blocks.push(...targetBlocks(ctx, targets, problems).blocks);
    }
    table.indicators.forEach((ind) => blocks.push(...leafBlocks(ctx, ind, `（${chineseNumber(++n)}）`, 2, problems)));
    return blocks;
  }
  const groups = [...groupBy(table.indicators, 0)];
  const home = targets.length ? (groups.find(([name]) => PERFORMANCE_GROUP.test(name)) ?? groups[0])[0] : null;
  groups.forEach(([name, members], gi) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: fill(t.groupHeading, { n: chineseNumber(before + gi + 1), name, figures: figures(t, sumOf(members, 'points'), sumOf(members, 'score'), t.groupScoreWord) }),
    });
    let n = 0;
    if (name === home) {
      const listed = targetBlocks(ctx, targets, problems);
      blocks.push(...listed.blocks);
      n = listed.count;
    }
    const deep = members.some((m) => m.path.length >= 3);
    if (!deep) {
      members.forEach((ind) => blocks.push(...leafBlocks(ctx, ind, `${++n}.`, 3, problems)));
      return;
    }
    [...groupBy(members, 1)].forEach(([sub, leaves]) => {
      blocks.push({
        kind: 'heading',
        level: 3,
        text: fill(t.subgroupHeading, { n: ++n, name: sub, figures: figures(t, sumOf(leaves, 'points'), sumOf(leaves, 'score'), t.leafScoreWord) }),
      });
      leaves.forEach((ind, i) => blocks.push(...leafBlocks(ctx, ind, `（${i + 1}）`, null, problems)));
    });
  });
  return blocks;
}

function groupBy(indicators: Indicator[], level: number): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const key = ind.path[level] ?? ind.path[ind.path.length - 1];
    const list = groups.get(key);
    if (list) list.push(ind);
    else groups.set(key, [ind]);
  }
  return groups;
}

/**
 * The target lists, as the seed says them: "1.产出指标完成情况", "a.数量指标", then each indicator
 * "<名称>。年初目标 <值>；完成情况：<实际>。" and what the check found about it.
 */
function targetBlocks(ctx: Context, targets: ScoreTable[], problems: Problem[]): { blocks: Block[]; count: number } {
  const t = ctx.templates;
  const blocks: Block[] = [];
  const indicators = targets.flatMap((table) => table.indicators);
  const groups = [...groupBy(indicators, 0)];
  groups.forEach(([name, members], gi) => {
    blocks.push({ kind: 'heading', level: 3, text: fill(t.targetGroupHeading, { n: gi + 1, name: name.replace(/指标$/, '') }) });
    const deep = members.some((m) => m.path.length >= 3);
    const subgroups = deep ? [...groupBy(members, 1)] : [['', members] as [string, Indicator[]]];
    subgroups.forEach(([sub, leaves], si) => {
      if (sub) blocks.push({ kind: 'heading', level: 4, text: fill(t.targetSubgroupHeading, { letter: String.fromCharCode(97 + si), name: sub }) });
      for (const ind of leaves) {
        const said = targetSentences(ctx, ind, problems);
        blocks.push({ kind: 'paragraph', text: `${leafName(ind)}。${said.text}`, placeholder: said.placeholder || undefined });
      }
    });
  });
  return { blocks, count: groups.length };
}

/** What one indicator's target, actual and the check's findings about them come to, in sentences. */
function targetSentences(ctx: Context, ind: Indicator, problems: Problem[]): { text: string; placeholder: boolean; unmet: Finding | undefined } {
  const t = ctx.templates;
  const target = ind.adjustedTarget ?? ind.target;
  const sentences: string[] = [];
  let placeholder = false;
  if (target) {
    const actual = asTyped(ind.actual, ind.unit);
    sentences.push(fill(actual ? t.target : t.targetNoActual, { target: asTyped(target, ind.unit), actual }));
    placeholder = !actual;
  }
  const unmet = findingAt(ctx, ind.actual, 'target-not-met');
  const reason = ind.reason?.text.trim() ?? '';
  if (unmet) {
    sentences.push(reason ? fill(t.targetNotMet, { reason: stripEnd(reason) }) : t.targetNotMetNoReason);
    placeholder ||= !reason;
    // An indicator without points is said here alone; a scored one adds its deduction to the same problem.
    if (!ind.points && !ind.score) {
      problems.push({
        family: ind.path.join('/'),
        text: fill(t.problemTarget, {
          name: leafName(ind),
          target: asTyped(target, ind.unit),
          actual: asTyped(ind.actual, ind.unit),
          reason: reason ? `${stripEnd(reason)}。` : t.problemReasonMissing,
        }),
      });
    }
  }
  return { text: sentences.join(''), placeholder, unmet };
}

/** One indicator: its heading (or lead sentence), its target and actual, the rule's computation, its deduction. */
function leafBlocks(ctx: Context, ind: Indicator, number: string, headingLevel: 2 | 3 | null, problems: Problem[]): Block[] {
  const t = ctx.templates;
  const name = leafName(ind);
  const points = numberOf(ind.points);
  const score = numberOf(ind.score);
  const head = `${number}${name}${figures(t, figure(ind.points), figure(ind.score), t.leafScoreWord)}`;
  const said = targetSentences(ctx, ind, problems);
  const sentences: string[] = said.text ? [said.text] : [];
  let placeholder = said.placeholder;
  const target = ind.adjustedTarget ?? ind.target;
  const rule = ctx.byIndicator.get(ind);
  const computed = rule?.rule && rule.outcome && rule.outcome.computed !== null ? rule.outcome : null;
  const explained = computed !== null && EXPLAINED_KINDS.has(rule?.rule?.spec.kind ?? '');
  if (explained) sentences.push(fill(t.computed, { formula: computed.formula }));
  const mismatch = findingAt(ctx, ind.score, 'score-mismatch');
  const deducted = findingAt(ctx, ind.score, 'deduction');
  const reason = ind.reason?.text.trim() || '';
  const targetFacts = {
    target: asTyped(target, ind.unit),
    actual: asTyped(ind.actual, ind.unit),
  };
  if (mismatch && typeof mismatch.expected === 'number') {
    const values = { name, score: figure(ind.score), expected: show(mismatch.expected, 2).replace(/\.?0+$/, '') };
    const fullOnUnmet = said.unmet && points && score && score.value >= points.value - 1e-9;
    sentences.push(fill(fullOnUnmet ? t.fullScoreOnUnmet : t.scoreMismatch, values));
    problems.push({ family: ind.path.join('/'), text: fill(fullOnUnmet ? t.problemFullScoreOnUnmet : t.problemScoreMismatch, { ...values, ...targetFacts }) });
  }
  if (deducted && points && score) {
    // A deduction its rule accounts for (the stated score is the rule's) needs no other reason.
    const ruleReason = explained && !mismatch && Math.abs(roundTo(computed.computed as number, 2) - score.value) < 0.006 ? fill(t.computed, { formula: computed.formula }) : '';
    const lost = show(roundTo(points.value - score.value, 6), Math.max(points.decimals, score.decimals));
    // An unmet target has said its reason (or asked for it) already.
    const why = said.unmet ? '' : reason ? fill(t.reasonGiven, { reason: stripEnd(reason) }) + '。' : ruleReason ? '' : t.reasonMissing;
    placeholder ||= !reason && !ruleReason && !said.unmet;
    sentences.push(fill(t.deduction, { lost, reason: why }));
    if (!mismatch) {
      const problem = said.unmet ? t.problemTargetDeduction : t.problemDeduction;
      problems.push({
        family: `${ind.path.join('/')}/${computed?.formula ?? ''}`,
        text: fill(problem, {
          name, lost, points: showReading(points), score: showReading(score), ...targetFacts,
          reason: reason ? `${stripEnd(reason)}。` : ruleReason || t.problemReasonMissing,
        }),
      });
    }
  } else if (said.unmet && !mismatch && (ind.points || ind.score)) {
    problems.push({
      family: ind.path.join('/'),
      text: fill(t.problemTarget, { name, ...targetFacts, reason: reason ? `${stripEnd(reason)}。` : t.problemReasonMissing }),
    });
  } else if (points && score && !target && !explained && !mismatch && score.value >= points.value - 1e-9) {
    sentences.push(t.full);
  }
  const blocks: Block[] = [];
  const text = sentences.join('');
  if (headingLevel) {
    blocks.push({ kind: 'heading', level: headingLevel, text: head });
    if (text) blocks.push({ kind: 'paragraph', text, placeholder: placeholder || undefined });
  } else {
    blocks.push({ kind: 'paragraph', text: `${head}${text ? '：' : '。'}${text}`, placeholder: placeholder || undefined });
  }
  return blocks;
}

/** The funding block's scored line (年度资金总额 / 预算执行率 with 分值 and 得分), where no indicator stands for it. */
/** The scored funding line of a national form: the table's indicator for it, or (until it is one) the block's total line. */
interface FundingScore {
  label: string;
  points: Field | null | undefined;
  score: Field | null | undefined;
  line: FundingLine | undefined;
  /** The table's own indicator for the line (source 'funding'), already a row of the results table. */
  indicator?: Indicator;
}

function fundingScore(table: ScoreTable, funding: Funding): FundingScore | null {
  const line = funding.table?.lines.find((l) => l.isTotal && numberOf(l.values.points));
  const indicator = table.indicators.find((i) => i.source === 'funding');
  if (indicator) return { label: leafName(indicator), points: indicator.points, score: indicator.score, line: line ?? funding.table?.lines.find((l) => l.isTotal), indicator };
  return line ? { label: line.label, points: line.values.points, score: line.values.score, line } : null;
}

/** The funding line's figures as typed: 年初预算数, 全年预算数, 全年执行数 and 执行率. */
function fundingLineText(line: FundingLine, t: Templates): string {
  const parts = (['initialBudget', 'adjustedBudget', 'spent', 'rate'] as const).flatMap((role) => {
    const value = figure(line.values[role]);
    return value && numberOf(line.values[role]) ? [fill(t.fundingFigures[role], { value })] : [];
  });
  return parts.length ? fill(t.fundingLine, { label: line.label, parts: parts.join('，') }) : '';
}

/** A funding score below its points (0 of 10 where nothing was spent, or none stated) is named among the problems. */
function fundingProblem(label: string, pointsField: Field | null | undefined, scoreField: Field | null | undefined, t: Templates, problems: Problem[]): void {
  const points = numberOf(pointsField);
  const score = numberOf(scoreField);
  if (!points) return;
  if (!score) {
    problems.push({ family: '预算执行', text: fill(t.problemFundingBlank, { label, points: showReading(points) }) });
    return;
  }
  if (score.value >= points.value - 1e-9) return;
  const lost = show(roundTo(points.value - score.value, 6), Math.max(points.decimals, score.decimals));
  problems.push({ family: '预算执行', text: fill(t.problemFunding, { label, points: showReading(points), score: showReading(score), lost }) });
}

function stripEnd(text: string): string {
  return text.replace(/[。；;，,\s]+$/, '');
}

/** One measure per problem's family (预算执行, 资产管理…), in the problems' order, each said once. */
function measuresFor(problems: Problem[]): string[] {
  const out: string[] = [];
  for (const p of problems) {
    const family = improvements.families.find((f) => f.words.some((w) => p.family.includes(w)));
    const text = family?.text ?? improvements.default;
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
