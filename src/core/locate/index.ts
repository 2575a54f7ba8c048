import type { Area } from '../grid/address';
import { Grid } from '../grid/grid';
import type { WorkbookData } from '../grid/types';
import type { FundingTable, ScoreTable, WorkbookModel } from '../model/types';
import { defaultFundingLabels, type FundingLabels, readFundingBlock } from './funding-block';
import { readFundingTable } from './funding-table';
import { attachCaption, splitCaption } from './caption';
import { readHeader } from './header';
import { readNationalForms } from './national-form';
import { LineView } from './line-view';
import { readMeta } from './meta';
import { findRoleHits, headerKind, type HeaderKind, type RoleHit } from './role-hits';
import { cropSheet } from '../grid/crop';
import { readScoreTable } from './score-table';
import { readTableMeta } from './table-meta';
import { defaultVocabulary, type FundingRole, type ScoreRole, type Vocabulary } from './synonyms';
import { readTextBlock } from './text-block';
import { readLabelledTexts } from './labelled-text';
import { RULES_SHEET } from '../rules/workbook-rules';

export interface LocateOptions {
  vocabulary?: Vocabulary;
  fundingLabels?: FundingLabels;
  /** Only this sheet (by name). */
  sheet?: string;
  /**
   * Where the user says the score table is (a selection in Excel): score tables are looked for there
   * only; funding figures and explanation text are still found anywhere. A sheet that is not read (one
   * the tool generated) holds none.
   */
  scoreArea?: { sheet: string; area: Area };
}

const TITLE_ROWS_ABOVE = 5;

/** Finds every score table, funding table, funding block and explanation text in the workbook. */
export function locate(workbook: WorkbookData, options: LocateOptions = {}): WorkbookModel {
  const vocabulary = options.vocabulary ?? defaultVocabulary;
  const labels = options.fundingLabels ?? defaultFundingLabels;
  const model: WorkbookModel = {
    scoreTables: [],
    fundingTables: [],
    fundingBlocks: [],
    texts: [],
    labelledTexts: [],
    meta: {},
    sheets: [],
  };
  // The workbook's own rule pack (its very hidden rules sheet) is no table or text of the user's.
  const sheets = workbook.sheets.filter(
    (s) => s.name !== RULES_SHEET && (options.sheet === undefined || s.name === options.sheet),
  );
  const grids = sheets.map((s) => new Grid(s));
  const found = new Map<Grid, Area[]>();
  const scope = options.scoreArea;

  for (const grid of grids) {
    model.sheets.push(grid.name);
    const areas: Area[] = [];
    found.set(grid, areas);
    if (scope) {
      // Score tables inside the chosen area only; funding tables wherever they are.
      if (grid.name === scope.sheet) {
        const cropped = new Grid(cropSheet(sheets[grids.indexOf(grid)], scope.area));
        findTables(cropped, vocabulary, areas, model, ['score']);
      }
      findTables(grid, vocabulary, areas, model, ['funding']);
    } else {
      findTables(grid, vocabulary, areas, model, ['score', 'funding']);
    }
  }

  readNationalForms(grids, model.scoreTables, model.fundingTables);

  for (const grid of grids) {
    const areas = found.get(grid) as Area[];
    const tableAreas = [...areas];
    const block = readFundingBlock(grid, labels, (r, c) => inside(areas, r, c));
    if (block) {
      model.fundingBlocks.push(block);
      areas.push(block.area);
    }
    const text = readTextBlock(grid, (r, c) => inside(areas, r, c));
    if (text) model.texts.push(text);
    readLabelledTexts(grid, model.labelledTexts, (r, c) => inside(tableAreas, r, c));
  }

  // The unit and year: from the sheets with score tables first, their title rows above the table.
  const ordered = [...grids].sort((a, b) => Number(hasScore(model, b)) - Number(hasScore(model, a)));
  for (const grid of ordered) {
    const titleRows = model.scoreTables
      .filter((t) => t.sheet === grid.name)
      .flatMap((t) => Array.from({ length: TITLE_ROWS_ABOVE }, (_, i) => t.area.top - 1 - i).filter((r) => r >= 0));
    readMeta(grid, titleRows, model.meta);
  }
  for (const table of model.scoreTables)
    table.meta = readTableMeta(
      grids.find((g) => g.name === table.sheet) as Grid,
      table,
      model.scoreTables,
      vocabulary.rows.end,
    );
  return model;
}

/** The score and funding tables of one sheet (of the kinds asked for), by their header lines, both ways round. */
function findTables(
  grid: Grid,
  vocabulary: Vocabulary,
  areas: Area[],
  model: WorkbookModel,
  kinds: HeaderKind[],
): void {
  const hits = findRoleHits(grid, vocabulary);
  for (const orientation of ['vertical', 'transposed'] as const) {
    const view = new LineView(grid, orientation);
    const byLine = groupByLine(hits, orientation);
    const candidates = [...byLine.entries()]
      .filter(([, lineHits]) => headerKind(lineHits) !== null)
      .map(([line]) => line)
      .sort((a, b) => a - b);
    const candidateSet = new Set(candidates);
    for (const line of candidates) {
      const lineHits = byLine.get(line) as RoleHit[];
      if (lineHits.some((h) => inside(areas, h.row, h.col))) continue;
      const kind = headerKind(lineHits) as HeaderKind;
      if (!kinds.includes(kind)) continue;
      // A label column of 预算数 / 执行数 / 执行率 with values beside it is a key–value block, read below.
      if (kind === 'funding' && orientation === 'transposed') continue;
      const startsOther = (l: number) => l !== line && candidateSet.has(l);
      let table: ScoreTable | FundingTable;
      if (kind === 'funding') {
        const header = readHeader<FundingRole>(view, line, byLine, 'funding');
        table = readFundingTable(view, header, vocabulary, (l) => l >= header.dataStart && startsOther(l));
        model.fundingTables.push(table);
      } else {
        const { header, caption } = splitCaption(view, readHeader<ScoreRole>(view, line, byLine, 'score'));
        const scoreTable = readScoreTable(view, header, vocabulary, (l) => l >= header.dataStart && startsOther(l));
        if (scoreTable.indicators.length === 0 && scoreTable.sums.length === 0) continue;
        if (caption) attachCaption(scoreTable, caption);
        model.scoreTables.push(scoreTable);
        table = scoreTable;
      }
      areas.push(table.area);
    }
  }
}

function hasScore(model: WorkbookModel, grid: Grid): boolean {
  return model.scoreTables.some((t) => t.sheet === grid.name);
}

function groupByLine(hits: RoleHit[], orientation: 'vertical' | 'transposed'): Map<number, RoleHit[]> {
  const map = new Map<number, RoleHit[]>();
  for (const h of hits) {
    const line = orientation === 'vertical' ? h.row : h.col;
    const list = map.get(line);
    if (list) list.push(h);
    else map.set(line, [h]);
  }
  return map;
}

// Asked for every cell of the sheet by the later passes: a plain loop, no closure per call.
function inside(areas: Area[], row: number, col: number): boolean {
  for (const a of areas) if (row >= a.top && row <= a.bottom && col >= a.left && col <= a.right) return true;
  return false;
}
