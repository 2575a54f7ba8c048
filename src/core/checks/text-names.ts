import nameSynonyms from '../data/name-synonyms.json';
import phrases from '../data/explanation-phrases.json';
import type { Indicator, ScoreTable, WorkbookModel } from '../model/types';
import type { ReadNumber } from '../parse/number';
import { numberOf } from './numbers';
import { normalizeText } from './text-lines';

/** A level of a score table an explanation may talk about: a group (一级 / 二级指标) or a leaf indicator. */
export interface NamedLevel {
  /** The name as the table gives it. */
  name: string;
  /** The name as the text checks compare it (half-width, no whitespace or quotes). */
  key: string;
  table: ScoreTable;
  /** The group's path, or the leaf's. */
  path: string[];
  isLeaf: boolean;
  /** The leaves it stands for (itself for a leaf). */
  leaves: Indicator[];
  /** Points and scores the sheet states for the group itself: its "（50分）", a 小计 or group row. */
  statedPoints: ReadNumber[];
  statedScores: ReadNumber[];
}

export interface NameMatch {
  level: NamedLevel;
  /** The name as the text writes it. */
  written: string;
  /** True when the text uses a known equivalent, not the table's own name. */
  viaSynonym: boolean;
}

const SETS: string[][] = nameSynonyms.sets.map((set) => set.map(normalizeText));

/** Known equivalents of a name (not the name itself). */
export function equivalents(key: string): string[] {
  return SETS.filter((set) => set.includes(key)).flatMap((set) => set.filter((s) => s !== key));
}

/** Every group and leaf of every score table, by the name the text checks compare. */
export function namedLevels(model: WorkbookModel): NamedLevel[] {
  const out: NamedLevel[] = [];
  for (const table of model.scoreTables) {
    const groups = new Map<string, NamedLevel>();
    for (const indicator of table.indicators) {
      const path = indicator.path;
      for (let depth = 1; depth < path.length; depth++) {
        const groupPath = path.slice(0, depth);
        const id = groupPath.join('\u0000');
        let group = groups.get(id);
        if (!group) {
          const name = groupPath[depth - 1];
          group = {
            name,
            key: normalizeText(name),
            table,
            path: groupPath,
            isLeaf: false,
            leaves: [],
            statedPoints: [],
            statedScores: [],
          };
          groups.set(id, group);
          out.push(group);
        }
        group.leaves.push(indicator);
      }
      const name = path[path.length - 1] ?? '';
      out.push({
        name,
        key: normalizeText(name),
        table,
        path,
        isLeaf: true,
        leaves: [indicator],
        statedPoints: [],
        statedScores: [],
      });
    }
    for (const sum of table.sums) {
      if (sum.groupPath.length === 0) continue;
      const group = groups.get(sum.groupPath.join('\u0000'));
      if (!group) continue;
      const points = numberOf(sum.points);
      const score = numberOf(sum.score);
      if (points) group.statedPoints.push(points);
      if (score) group.statedScores.push(score);
    }
  }
  return out.filter((l) => l.key.length >= 2);
}

/**
 * The level a short subject names ("管理效率分析" → 管理效能, "2.预算执行" → 预算执行): it holds a level's name
 * or a known equivalent, and whatever stands around the name is filler ("分析", "情况", "指标"…). The longest
 * name wins; two different levels named equally long is no match: the checks only say what they are sure of.
 */
export function matchName(
  subject: string,
  levels: readonly NamedLevel[],
  options: SegmentOptions = {},
): NameMatch | null {
  if (subject === '') return null;
  let best: NameMatch[] = [];
  let bestLength = 0;
  for (const level of levels) {
    for (const variant of [level.key, ...equivalents(level.key)]) {
      if (variant.length < bestLength) continue;
      const at = subject.indexOf(variant);
      if (at < 0) continue;
      const before = subject.slice(0, at);
      const after = subject.slice(at + variant.length);
      if (!segments(before, FILLER, options) || !segments(after, FILLER, options)) continue;
      const match: NameMatch = { level, written: variant, viaSynonym: variant !== level.key };
      if (variant.length > bestLength) {
        best = [match];
        bestLength = variant.length;
      } else best.push(match);
    }
  }
  if (best.length === 0) return null;
  const first = best[0];
  // A group and the one leaf of the same name under it are one thing.
  const same = best.every(
    (m) =>
      m.level.leaves.length === first.level.leaves.length &&
      m.level.leaves.every((l, i) => l === first.level.leaves[i]),
  );
  if (!same) return null;
  return best.find((m) => !m.level.isLeaf) ?? first;
}

/** Whether a text names any level (or an equivalent) anywhere in it. */
export function mentionsLevel(text: string, levels: readonly NamedLevel[]): boolean {
  return levels.some((l) => text.includes(l.key) || equivalents(l.key).some((v) => text.includes(v)));
}

export interface SegmentOptions {
  /** The report's year: "2024年" is neutral in a 2024 report, "2023年" is not. */
  year?: number;
  /** The unit's name: it and its parts ("白鹤洞街") are neutral. */
  unit?: string;
}

const FILLER = sortLongestFirst(phrases.subjectFiller);
export const NEUTRAL = sortLongestFirst(phrases.neutral);

const YEAR = /^((?:19|20)\d{2})(?:年度|年)?/;

/** Whether the whole text can be cut into the given words, the report's year and parts of the unit's name. */
export function segments(text: string, words: readonly string[], options: SegmentOptions = {}): boolean {
  if (text === '') return true;
  const unit = options.unit ? normalizeText(options.unit) : '';
  const reach = new Array<boolean>(text.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < text.length; i++) {
    if (!reach[i]) continue;
    for (const w of words) if (text.startsWith(w, i)) reach[i + w.length] = true;
    const y = YEAR.exec(text.slice(i));
    if (y && (options.year === undefined || Number(y[1]) === options.year)) reach[i + y[0].length] = true;
    for (let len = 2; unit && i + len <= text.length && len <= unit.length; len++) {
      if (unit.includes(text.slice(i, i + len))) reach[i + len] = true;
      else break;
    }
    if (reach[text.length]) return true;
  }
  return reach[text.length];
}

export function sortLongestFirst(words: readonly string[]): string[] {
  return [...new Set(words.map(normalizeText))].sort((a, b) => b.length - a.length);
}
