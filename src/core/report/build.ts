/** The report's builder: one 自评表说明 per score table, its title and its four sections in order. */

import type { CheckResult } from '../check';
import { numberOf } from '../checks/numbers';
import { targetStatus } from '../checks/target-status';
import type { Indicator, ScoreTable, WorkbookModel } from '../model/types';
import { normalizeLabel } from '../parse/normalize';
import { analysis } from './analysis';
import { chineseNumber } from './chinese-numbers';
import { type Context, findingsByCell, leafName } from './context';
import type { Block, ReportDocument } from './document';
import { type Funding, fundingLineText, fundingOf, fundingScore, fundingText } from './funding-text';
import { figure, figures, targetBlocks } from './indicator-text';
import { fundingProblem, measuresFor, type Problem } from './problems';
import { scoreTableBlock, tableTotal } from './results-table';
import { defaultTemplates, fill, type Templates } from './template';

/** The signature line under a form ("项目负责人：…  财务负责人：…"): never an indicator of the report. */
const SIGNATURE = /^(?:项目|财务|单位|部门)?(?:负责人|填表人|填报人|联系人|联系电话|审核人|经办人)[:：]/;

/** What one report is about: a score table (none when the workbook has only targets) and the target lists it takes in. */
interface Subject {
  table: ScoreTable | undefined;
  targets: ScoreTable[];
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
  return {
    title: first.title,
    blocks: [...first.blocks, ...rest.flatMap((r) => [{ kind: 'title' as const, text: r.title }, ...r.blocks])],
  };
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

/** The names one report uses: its unit, project and year as the sheet gives them. */
interface Names {
  unit: string;
  /** The unit as the sheet names it, or null (the template's "本单位" stands in only in the title). */
  unitKnown: string | null;
  project: string | null;
  year: number | null;
}

/**
 * Whether a table is reported on as a project: the national project form, or an index table whose title block
 * names its 项目名称 (a 项目绩效评价表 scored by 一级 / 二级 / 三级指标).
 */
function asProject(table: ScoreTable | undefined): boolean {
  return table?.form === 'project' || (table?.form === 'index' && table.meta.project !== undefined);
}

function namesOf(model: WorkbookModel, table: ScoreTable | undefined, templates: Templates): Names {
  const meta = table?.meta ?? {};
  const project = asProject(table);
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
  if (asProject(table)) {
    const subject = names.project ?? names.unit;
    return names.year
      ? fill(t.projectTitle, { year: names.year, project: subject })
      : fill(t.projectTitleNoYear, { project: subject });
  }
  return names.year ? fill(t.title, { year: names.year, unit: names.unit }) : fill(t.titleNoYear, { unit: names.unit });
}

function buildOne(ctx: Context, subject: Subject): ReportDocument {
  const { result, templates: t } = ctx;
  const { model } = result;
  const table = subject.table && reported(subject.table);
  const targets = subject.targets.map(reported);
  const names = namesOf(model, table, t);
  const isProject = asProject(table);
  const year = names.year ?? t.yearFallback;
  const funding = fundingOf(model, table);
  const blocks: Block[] = [];

  blocks.push({ kind: 'heading', level: 1, text: t.section1 });
  if (isProject) {
    for (const part of t.projectSection1Parts) {
      blocks.push({ kind: 'heading', level: 2, text: part.heading });
      const text = projectPart(part.part, table, names, funding, t, year);
      blocks.push(
        text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: part.placeholder, placeholder: true },
      );
    }
  } else {
    for (const part of t.section1Parts) {
      blocks.push({ kind: 'heading', level: 2, text: part.heading });
      const text =
        'funding' in part ? fundingText(funding, t, names.unitKnown ?? '', year) : quotedText(model, part.labels ?? []);
      blocks.push(
        text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: part.placeholder, placeholder: true },
      );
    }
  }

  blocks.push({ kind: 'heading', level: 1, text: t.section2 });
  const problems: Problem[] = [];
  const scored = table ? table.indicators.filter((i) => i.points !== null || i.score !== null) : [];
  const blank = scored.filter((i) => numberOf(i.score) === null);
  const totalText = table ? tableTotal(table, 'score') : '';
  const overallValues = {
    year,
    unit: names.unitKnown ?? t.unitSelf,
    project: names.project ?? '',
    score: totalText || t.unknownFigure,
  };
  if (table && scored.length > 0 && blank.length === scored.length) {
    blocks.push({
      kind: 'paragraph',
      text: fill(isProject ? t.overallProjectUnscored : t.overallUnscored, overallValues),
      placeholder: true,
    });
    problems.push({ family: '绩效管理', text: t.problemUnscored });
  } else {
    blocks.push({ kind: 'paragraph', text: fill(isProject ? t.overallProject : t.overall, overallValues) });
    if (blank.length > 0) {
      problems.push({
        family: '绩效管理',
        text: fill(t.problemBlankScores, { count: blank.length, names: blank.map(leafName).join('、') }),
      });
    }
  }
  if (table) {
    const scoredFunding = fundingScore(table, funding);
    blocks.push(
      scoreTableBlock(
        table,
        t,
        totalText || t.unknownFigure,
        scoredFunding && !scoredFunding.indicator ? scoredFunding : null,
      ),
    );
    if (scoredFunding) {
      // The funding line's points count in the 总分 (10 + 90): its own section, first, like the form's first block.
      const { label, points, score, line } = scoredFunding;
      blocks.push({
        kind: 'heading',
        level: 2,
        text: fill(t.fundingHeading, {
          n: chineseNumber(1),
          figures: figures(t, figure(points), figure(score), t.leafScoreWord),
        }),
      });
      const said = line ? fundingLineText(line, t) : '';
      if (said) blocks.push({ kind: 'paragraph', text: said });
      // A blank funding score of an indicator is among the missing scores already.
      if (numberOf(score) || !scoredFunding.indicator) fundingProblem(label, points, score, t, problems);
    }
    const rest = scoredFunding?.indicator
      ? { ...table, indicators: table.indicators.filter((i) => i !== scoredFunding.indicator) }
      : table;
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
      : anyTarget
        ? t.noProblems
        : t.noProblemsNoTargets;
    blocks.push({ kind: 'paragraph', text });
  }
  problems.forEach((p, i) => blocks.push({ kind: 'paragraph', text: fill(p.text, { ordinal: chineseNumber(i + 1) }) }));

  blocks.push({ kind: 'heading', level: 1, text: t.section4 });
  const measures = measuresFor(problems);
  if (measures.length === 0) blocks.push({ kind: 'paragraph', text: t.noMeasures });
  measures.forEach((text, i) =>
    blocks.push({ kind: 'paragraph', text: fill(t.measure, { ordinal: chineseNumber(i + 1), text }) }),
  );

  return { title: titleOf(table, names, t), blocks };
}

/** The table as the report shows it: without a signature line read as one of its rows. */
function reported(table: ScoreTable): ScoreTable {
  const signed = (i: Indicator) =>
    [...i.path, i.target?.text ?? '', i.actual?.text ?? ''].some((text) => SIGNATURE.test(text.trim()));
  const indicators = table.indicators.filter((i) => !signed(i));
  return indicators.length === table.indicators.length ? table : { ...table, indicators };
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
function projectPart(
  part: string,
  table: ScoreTable | undefined,
  names: Names,
  funding: Funding,
  t: Templates,
  year: number | string,
): string | null {
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
