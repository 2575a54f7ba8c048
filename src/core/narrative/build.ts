import improvements from '../data/improvements.json';
import type { CheckResult } from '../check';
import { numberOf, show, showReading } from '../checks/numbers';
import { cleanSum, roundTo } from '../checks/tolerance';
import type { Field, FundingKey, Indicator, ScoreTable, WorkbookModel } from '../model/types';
import { normalizeLabel } from '../parse/normalize';
import type { ReadNumber } from '../parse/number';
import type { RuleResult } from '../rules/evaluate';
import { fig } from '../rules/format';
import { targetStatus } from '../checks/target-status';
import { chineseNumber } from './chinese-numbers';
import type { Block, ReportDocument } from './document';
import { defaultTemplates, fill, type Templates } from './template';

/** Rule kinds whose computation is worth a sentence (a plain target sentence says the rest). */
const EXPLAINED_KINDS = new Set(['rate', 'composite', 'threshold', 'bands', 'per-unit']);

interface Problem {
  indicator: Indicator;
  /** What the improvement measure is chosen by: the indicator's names and, where a rule explains the loss, its terms. */
  family: string;
  text: string;
}

/** Writes the 自评表说明 from the checked workbook: the seed's four sections, every figure from the sheets. */
export function buildReport(result: CheckResult, templates: Templates = defaultTemplates): ReportDocument {
  const { model } = result;
  const unit = model.meta.unit?.text ?? templates.unitFallback;
  const year = model.meta.year?.value;
  const title = year ? fill(templates.title, { year, unit }) : fill(templates.titleNoYear, { unit });
  const table = model.scoreTables[0];
  const byIndicator = new Map(result.rules.results.map((r) => [r.indicator, r]));
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: templates.section1 });
  for (const part of templates.section1Parts) {
    blocks.push({ kind: 'heading', level: 2, text: part.heading });
    const text = 'funding' in part ? fundingText(model, templates, unit, year ?? '本') : quotedText(model, part.labels ?? []);
    blocks.push(text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: part.placeholder, placeholder: true });
  }

  blocks.push({ kind: 'heading', level: 1, text: templates.section2 });
  const total = result.total?.score;
  const totalText = table?.total?.score && numberOf(table.total.score) ? showReading(numberOf(table.total.score) as ReadNumber) : total !== null && total !== undefined ? fig(total) : '';
  blocks.push({ kind: 'paragraph', text: fill(templates.overall, { year: year ?? '本', score: totalText }) });
  const problems: Problem[] = [];
  if (table) {
    blocks.push(scoreTableBlock(table, templates, totalText));
    blocks.push(...analysis(table, templates, byIndicator, problems));
  }

  blocks.push({ kind: 'heading', level: 1, text: templates.section3 });
  if (problems.length === 0) blocks.push({ kind: 'paragraph', text: templates.noProblems });
  problems.forEach((p, i) => blocks.push({ kind: 'paragraph', text: fill(p.text, { ordinal: chineseNumber(i + 1) }) }));

  blocks.push({ kind: 'heading', level: 1, text: templates.section4 });
  const measures = measuresFor(problems);
  if (measures.length === 0) blocks.push({ kind: 'paragraph', text: templates.noMeasures });
  measures.forEach((text, i) => blocks.push({ kind: 'paragraph', text: fill(templates.measure, { ordinal: chineseNumber(i + 1), text }) }));

  return { title, blocks };
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

function amount(n: ReadNumber): string {
  return show(n.value, n.decimals);
}

/** （二）部门整体收支情况, in the seed's phrasing, from the funding block (or a funding table's total row). */
function fundingText(model: WorkbookModel, templates: Templates, unit: string, year: number | string): string | null {
  const facts: Partial<Record<FundingKey, Field>> = { ...(model.fundingBlocks[0]?.facts ?? {}) };
  const totalLine = model.fundingTables[0]?.lines.find((l) => l.isTotal);
  if (totalLine) {
    facts.budget ??= totalLine.values.adjustedBudget ?? totalLine.values.initialBudget;
    facts.spent ??= totalLine.values.spent;
    facts.rate ??= totalLine.values.rate;
  }
  const get = (key: FundingKey) => numberOf(facts[key]);
  const budget = get('budget') ?? get('initialBudget');
  const spent = get('spent');
  if (!budget || !spent) return null;
  const t = templates.funding;
  const stated = get('rate');
  const rate = stated ? show(stated.value > 1.5 && !stated.percent ? stated.value / 100 : stated.value, stated.percent ? stated.decimals : 2, true) : show(spent.value / budget.value, 2, true);
  const parts: string[] = [fill(t.budget, { unit, year, budget: amount(budget), spent: amount(spent), rate })];
  const list = (keys: FundingKey[]) => keys.flatMap((k) => (get(k) ? [fill(t[k as keyof typeof t], { value: amount(get(k) as ReadNumber) })] : []));
  const sources = list(['sourceGeneral', 'sourceFund', 'sourceStateCapital', 'sourceOther']);
  if (sources.length) parts.push(fill(t.sources, { parts: sources.join('，') }));
  const nature = list(['basic', 'project']);
  if (nature.length) parts.push(fill(t.nature, { parts: nature.join('，') }));
  const carryover = get('carryover');
  if (carryover) parts.push(fill(t.carryover, { carryover: amount(carryover) }));
  return parts.join('');
}

function figure(field: Field | null | undefined): string {
  const n = numberOf(field);
  return n ? showReading(n) : (field?.text ?? '');
}

function sumOf(indicators: Indicator[], key: 'points' | 'score'): string {
  const values = indicators.map((i) => numberOf(i[key]));
  if (values.some((v) => v === null)) return '';
  const known = values as ReadNumber[];
  const decimals = Math.max(0, ...known.map((v) => v.decimals));
  return show(cleanSum(known), decimals);
}

/** The score table as the seed shows it: one row per indicator, its levels, points and score, and the total. */
function scoreTableBlock(table: ScoreTable, templates: Templates, totalText: string): Block {
  const h = templates.tableHeader;
  const levels = Math.max(1, ...table.indicators.map((i) => i.path.length));
  const header = levels === 1 ? [h.name] : h.levels.slice(0, levels);
  const rows: string[][] = [[...header, h.points, h.score]];
  for (const ind of table.indicators) {
    const names = Array.from({ length: levels }, (_, i) => ind.path[i] ?? '');
    rows.push([...names, figure(ind.points), figure(ind.score)]);
  }
  const totalPoints = table.total?.points && numberOf(table.total.points) ? figure(table.total.points) : sumOf(table.indicators, 'points');
  rows.push([h.total, ...Array.from({ length: levels - 1 }, () => ''), totalPoints, totalText]);
  return { kind: 'table', rows, headerRows: 1 };
}

/** （一）… per first-level group, then its indicators, each with its figures, target and reason. */
function analysis(table: ScoreTable, templates: Templates, byIndicator: Map<Indicator, RuleResult>, problems: Problem[]): Block[] {
  const blocks: Block[] = [];
  const flat = table.indicators.every((i) => i.path.length <= 1);
  if (flat) {
    table.indicators.forEach((ind, i) => blocks.push(...leafBlocks(ind, `（${chineseNumber(i + 1)}）`, 2, templates, byIndicator, problems)));
    return blocks;
  }
  const groups = groupBy(table.indicators, 0);
  [...groups].forEach(([name, members], gi) => {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: fill(templates.groupHeading, { n: chineseNumber(gi + 1), name, points: sumOf(members, 'points'), score: sumOf(members, 'score') }),
    });
    const deep = members.some((m) => m.path.length >= 3);
    if (!deep) {
      members.forEach((ind, i) => blocks.push(...leafBlocks(ind, `${i + 1}.`, 3, templates, byIndicator, problems)));
      return;
    }
    [...groupBy(members, 1)].forEach(([sub, leaves], si) => {
      blocks.push({
        kind: 'heading',
        level: 3,
        text: fill(templates.subgroupHeading, { n: si + 1, name: sub, points: sumOf(leaves, 'points'), score: sumOf(leaves, 'score') }),
      });
      leaves.forEach((ind, i) => blocks.push(...leafBlocks(ind, `（${i + 1}）`, null, templates, byIndicator, problems)));
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

/** One indicator: its heading (or lead sentence), its target and actual, the rule's computation, its deduction. */
function leafBlocks(
  ind: Indicator,
  number: string,
  headingLevel: 2 | 3 | null,
  templates: Templates,
  byIndicator: Map<Indicator, RuleResult>,
  problems: Problem[],
): Block[] {
  const name = ind.path[ind.path.length - 1];
  const points = numberOf(ind.points);
  const score = numberOf(ind.score);
  const head = `${number}${name}（总分为${figure(ind.points)}分，得分为${figure(ind.score)}分）`;
  const sentences: string[] = [];
  const target = ind.adjustedTarget ?? ind.target;
  if (target) {
    const actual = ind.actual?.text ?? '';
    sentences.push(fill(actual ? templates.target : templates.targetNoActual, { name, target: target.text, actual }));
  }
  const rule = byIndicator.get(ind);
  const computed = rule?.rule && rule.outcome && rule.outcome.computed !== null ? rule.outcome : null;
  const explained = computed !== null && EXPLAINED_KINDS.has(rule?.rule?.spec.kind ?? '');
  if (explained) sentences.push(`按评分标准计算：${computed.formula}。`);
  // A deduction its rule accounts for (the stated score is the rule's) needs no other reason.
  const ruleReason = explained && score && Math.abs(roundTo(computed.computed as number, 2) - score.value) < 0.006 ? `按评分标准计算：${computed.formula}` : '';
  const reason = ind.reason?.text.trim() || '';
  let placeholder = false;
  if (points && score && score.value < points.value - 1e-9) {
    const lost = show(roundTo(points.value - score.value, 6), Math.max(points.decimals, score.decimals));
    const why = reason ? fill(templates.reasonGiven, { reason: stripEnd(reason) }) + '。' : ruleReason ? '' : templates.reasonMissing;
    placeholder = !reason && !ruleReason;
    sentences.push(fill(templates.deduction, { lost, reason: why }));
    problems.push({
      indicator: ind,
      family: `${ind.path.join('/')}/${computed?.formula ?? ''}`,
      text: fill(templates.problemDeduction, {
        name, lost, points: showReading(points), score: showReading(score),
        reason: reason ? `${stripEnd(reason)}。` : ruleReason ? `${ruleReason}。` : templates.problemReasonMissing,
      }),
    });
  } else if (points && score && !target && !explained) {
    sentences.push(templates.full);
  } else if (rule && targetStatus(rule.reconciled) === false) {
    const r = rule.reconciled;
    problems.push({
      indicator: ind,
      family: ind.path.join('/'),
      text: fill(templates.problemTarget, {
        name,
        target: target?.text ?? '',
        actual: r.target && r.actual !== null ? fig(r.actual, r.target.percent) : r.actualText,
        reason: reason ? `${stripEnd(reason)}。` : templates.problemReasonMissing,
      }),
    });
  }
  const blocks: Block[] = [];
  if (headingLevel) {
    blocks.push({ kind: 'heading', level: headingLevel, text: head });
    if (sentences.length) blocks.push({ kind: 'paragraph', text: sentences.join(''), placeholder: placeholder || undefined });
  } else {
    blocks.push({ kind: 'paragraph', text: `${head}${sentences.length ? '：' : '。'}${sentences.join('')}`, placeholder: placeholder || undefined });
  }
  return blocks;
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

