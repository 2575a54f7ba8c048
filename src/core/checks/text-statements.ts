import phrases from '../data/explanation-phrases.json';
import type { FundingLabels } from '../locate/funding-block';
import type { FundingKey, WorkbookModel } from '../model/types';
import { parseNumberText, type ReadNumber } from '../parse/number';
import { markerOf, normalizeText, type TextLine } from './text-lines';
import {
  matchName,
  mentionsLevel,
  type NamedLevel,
  type NameMatch,
  NEUTRAL,
  type SegmentOptions,
  segments,
  sortLongestFirst,
} from './text-names';

/** A figure the text states, where it stands in its (normalised) line. */
export interface StatedFigure {
  value: ReadNumber;
  /** The words and the figure as the normalised line has them ("自评分为46.5分"). */
  text: string;
  start: number;
  end: number;
}

/** What an explanation says about the table or the year's funding, one statement each. */
export type Statement =
  /** "（二）管理效率分析（总分为 50 分，自评分为 46.5 分）": a group's or an indicator's points and score. */
  | {
      kind: 'level';
      line: TextLine;
      match: NameMatch;
      subject: string;
      points: StatedFigure | null;
      score: StatedFigure | null;
    }
  /** "自评结果为97.38分": the table's total score. */
  | { kind: 'total'; line: TextLine; figure: StatedFigure }
  /** "完成预算的98.76%": the year's execution rate. */
  | { kind: 'rate'; line: TextLine; label: string; figure: StatedFigure }
  /** "预算数11,661.19万元": a funding figure. */
  | { kind: 'amount'; line: TextLine; key: FundingKey; label: string; figure: StatedFigure };

/** A statement of one figure: the total, a rate, an amount. */
type FigureStatement = Exclude<Statement, { kind: 'level' }>;

export interface StatementOptions {
  levels: readonly NamedLevel[];
  fundingLabels: FundingLabels;
  model: WorkbookModel;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const alternation = (words: readonly string[]) => sortLongestFirst(words).map(escape).join('|');

const POINTS_RE = new RegExp(`(?:${alternation(phrases.points)})(?:为|是|:)?(${NUMBER})分?`, 'g');
const SCORE_RE = new RegExp(`(?:${alternation(phrases.score)})(?:为|是|:)?(${NUMBER})分`, 'g');
const TOTAL_RE = new RegExp(`(?:${alternation(phrases.total)})(?:为|是|:|达到|达)?(${NUMBER})分`, 'g');
const RATE_RE = new RegExp(`(${alternation(phrases.rates)})(?:为|是|:|达到|达)?(${NUMBER})%`, 'g');
const AMOUNT_TAIL = new RegExp(`^(?:为|是|达到|达|共计|合计|共|:|\\()*(${NUMBER})(万元|亿元|千元|元)`);
const APPROXIMATE = sortLongestFirst(phrases.approximate);
const BLOCKED = sortLongestFirst(phrases.blocked);

const SENTENCE_END = /[。;!?]/g;
/** Where a clause starts: what stands before a figure's words in its clause says whom the figure is about. */
const CLAUSE_BREAK = /[,;:()≤≥<>=、]/;
/** Between a level's points and its score: "（总分为50分，自评分为46.5分）". */
const BETWEEN_PAIR = /^[,、]?(?:其中)?(?:总|实际)?$/;
const YEAR_ANY = /(?:19|20)\d{2}/g;

/** Every statement of a figure the text checks can compare, line by line. */
export function findStatements(lines: readonly TextLine[], options: StatementOptions): Statement[] {
  const segmentOptions: SegmentOptions = { year: options.model.meta.year?.value, unit: options.model.meta.unit?.text };
  const labels = amountLabels(options.fundingLabels);
  const out: Statement[] = [];
  for (const line of lines) {
    for (const [start, end] of sentences(line.text)) {
      const sentence = line.text.slice(start, end);
      const taken: [number, number][] = [];
      const level = levelStatement(line, sentence, start, options.levels, segmentOptions);
      if (level) {
        out.push(level);
        const figures = [level.points, level.score].filter((f): f is StatedFigure => f !== null);
        taken.push([Math.min(...figures.map((f) => f.start)) - start, Math.max(...figures.map((f) => f.end)) - start]);
      }
      const free = (a: number, b: number) => !taken.some(([x, y]) => a < y && b > x);
      const found: FigureStatement[] = [
        ...totalStatements(line, sentence, start, options.levels, segmentOptions, free),
        ...rateStatements(line, sentence, start, segmentOptions, free),
        ...amountStatements(line, sentence, start, labels, segmentOptions, free),
      ];
      // In the order the text states them.
      out.push(...found.sort((a, b) => a.figure.start - b.figure.start));
    }
  }
  return out;
}

/** A line's sentences as [start, end) offsets, the numbering of the line left out of the first. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = markerOf(text)?.text.length ?? 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index > start) out.push([start, m.index]);
    start = m.index + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function figure(text: string, start: number, end: number, numberText: string, unit: string): StatedFigure | null {
  const reading = parseNumberText(`${numberText}${unit}`);
  return reading.kind === 'number' ? { value: reading, text, start, end } : null;
}

function matchesIn(re: RegExp, sentence: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) out.push(m);
  return out;
}

/** "<名称>（总分为 N 分，得分为 M 分）" or "<名称>总分为N分，得分为M分": the name's points and score. */
function levelStatement(
  line: TextLine,
  sentence: string,
  offset: number,
  levels: readonly NamedLevel[],
  segmentOptions: SegmentOptions,
): Extract<Statement, { kind: 'level' }> | null {
  type Fig = { kind: 'points' | 'score'; m: RegExpExecArray };
  const figs: Fig[] = [
    ...matchesIn(POINTS_RE, sentence).map((m) => ({ kind: 'points' as const, m })),
    ...matchesIn(SCORE_RE, sentence).map((m) => ({ kind: 'score' as const, m })),
  ].sort((a, b) => a.m.index - b.m.index);
  if (figs.length === 0) return null;
  const first = figs[0];
  const next = figs.find((f) => f.kind !== first.kind && f.m.index >= first.m.index + first.m[0].length);
  const pair = next && BETWEEN_PAIR.test(sentence.slice(first.m.index + first.m[0].length, next.m.index)) ? next : null;

  let before = sentence.slice(0, first.m.index);
  if (before.endsWith('(')) before = before.slice(0, -1);
  before = before.replace(/[:,]+$/, '');
  const breakAt = lastIndexOf(before, CLAUSE_BREAK);
  const subject = before.slice(breakAt + 1);
  const match = matchName(subject, levels, segmentOptions);
  if (!match) return null;

  const toFigure = (f: Fig | null) =>
    f
      ? figure(f.m[0], offset + f.m.index, offset + f.m.index + f.m[0].length, f.m[1], f.kind === 'score' ? '分' : '')
      : null;
  const a = toFigure(first);
  const b = toFigure(pair);
  const points = first.kind === 'points' ? a : b;
  const score = first.kind === 'score' ? a : b;
  if (!points && !score) return null;
  return { kind: 'level', line, match, subject, points, score };
}

/** "自评结果为97.38分", "综合得分…分": the table's total score. */
function totalStatements(
  line: TextLine,
  sentence: string,
  offset: number,
  levels: readonly NamedLevel[],
  segmentOptions: SegmentOptions,
  free: (a: number, b: number) => boolean,
): FigureStatement[] {
  const out: FigureStatement[] = [];
  // "（总分为 50 分，自评得分为 47.5 分）" is a pair about a named level, never the total.
  if (matchesIn(POINTS_RE, sentence).length > 0) return out;
  for (const m of matchesIn(TOTAL_RE, sentence)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const before = sentence.slice(0, m.index);
    if (openParens(before) > 0) continue;
    const clause = before.slice(lastIndexOf(before, CLAUSE_BREAK) + 1);
    if (
      mentionsLevel(clause, levels) ||
      BLOCKED.some((w) => before.includes(w)) ||
      otherYear(before, segmentOptions.year)
    )
      continue;
    if (approximateAfter(sentence, end)) continue;
    const f = figure(m[0], offset + m.index, offset + end, m[1], '分');
    if (f) out.push({ kind: 'total', line, figure: f });
  }
  return out;
}

/** "完成预算的98.76%", "预算执行率为…%", "部门预算资金支出率 98.76%": the year's execution rate. */
function rateStatements(
  line: TextLine,
  sentence: string,
  offset: number,
  segmentOptions: SegmentOptions,
  free: (a: number, b: number) => boolean,
): FigureStatement[] {
  const out: FigureStatement[] = [];
  for (const m of matchesIn(RATE_RE, sentence)) {
    const end = m.index + m[0].length;
    if (!free(m.index, end) || !neutralBefore(sentence, m.index, segmentOptions) || approximateAfter(sentence, end))
      continue;
    const f = figure(m[0], offset + m.index, offset + end, m[2], '%');
    if (f) out.push({ kind: 'rate', line, label: m[1], figure: f });
  }
  return out;
}

/** "预算数11,661.19万元", "基本支出 2,695.46 万元": a funding figure under one of the funding block's labels. */
function amountStatements(
  line: TextLine,
  sentence: string,
  offset: number,
  labels: { label: string; key: FundingKey }[],
  segmentOptions: SegmentOptions,
  free: (a: number, b: number) => boolean,
): FigureStatement[] {
  const out: FigureStatement[] = [];
  let i = 0;
  while (i < sentence.length) {
    const hit = labels.find((l) => sentence.startsWith(l.label, i));
    if (!hit) {
      i++;
      continue;
    }
    const afterLabel = i + hit.label.length;
    const tail = AMOUNT_TAIL.exec(sentence.slice(afterLabel));
    if (!tail) {
      i = afterLabel;
      continue;
    }
    const end = afterLabel + tail[0].length;
    if (free(i, end) && neutralBefore(sentence, i, segmentOptions) && !approximateAfter(sentence, end)) {
      const f = figure(sentence.slice(i, end), offset + i, offset + end, tail[1], tail[2]);
      if (f) out.push({ kind: 'amount', line, key: hit.key, label: hit.label, figure: f });
    }
    i = end;
  }
  return out;
}

function amountLabels(labels: FundingLabels): { label: string; key: FundingKey }[] {
  const out: { label: string; key: FundingKey }[] = [];
  for (const [key, names] of Object.entries(labels) as [FundingKey, string[]][]) {
    if (key === 'rate') continue;
    for (const name of names) {
      const label = normalizeText(name);
      if (label.length >= 2 && !out.some((o) => o.label === label)) out.push({ label, key });
    }
  }
  return out.sort((a, b) => b.label.length - a.label.length);
}

/** Whether what stands before a figure's words in its clause is only the department itself, the year and the like. */
function neutralBefore(sentence: string, at: number, segmentOptions: SegmentOptions): boolean {
  const before = sentence.slice(0, at);
  return segments(before.slice(lastIndexOf(before, CLAUSE_BREAK) + 1), NEUTRAL, segmentOptions);
}

function approximateAfter(sentence: string, end: number): boolean {
  const rest = sentence.slice(end);
  return APPROXIMATE.some((w) => rest.startsWith(w));
}

function otherYear(text: string, year: number | undefined): boolean {
  if (year === undefined) return false;
  return (text.match(YEAR_ANY) ?? []).some((y) => Number(y) !== year);
}

function openParens(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
  }
  return depth;
}

function lastIndexOf(text: string, re: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (re.test(text[i])) return i;
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
