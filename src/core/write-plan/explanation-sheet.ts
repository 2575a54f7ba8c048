import type { ReportDocument } from '../report/document';
import type { CellStyle, OutCell, OutSheet } from './types';

/** Six columns of 16: paragraphs span them all (about 46 Chinese characters a line); tables take one each. */
const COLUMNS = 6;
const WIDTH = 16;
const CHARS_PER_LINE = 46;
const LINE_HEIGHT = 16.5;

const HEADING_STYLE: Record<1 | 2 | 3 | 4, CellStyle> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading3' };

/** The 自评表说明 as a sheet: title, headings and one paragraph per row, wrapped, fitted to A4. */
export function explanationSheet(doc: ReportDocument, name: string): OutSheet {
  const rows: OutCell[][] = [];
  const heights: (number | undefined)[] = [];
  const line = (value: string, style: CellStyle) => {
    rows.push([{ value, style, span: COLUMNS }]);
    heights.push(heightFor(value, style));
  };
  line(doc.title, 'title');
  for (const block of doc.blocks) {
    if (block.kind === 'title') line(block.text, 'title');
    else if (block.kind === 'heading') line(block.text, HEADING_STYLE[block.level]);
    else if (block.kind === 'paragraph')
      for (const text of block.text.split('\n')) line(text, block.placeholder ? 'placeholder' : 'body');
    else {
      block.rows.forEach((row, i) => {
        rows.push(
          row.slice(0, COLUMNS).map((value) => ({ value, style: i < block.headerRows ? 'tableHeader' : 'tableCell' })),
        );
        heights.push(undefined);
      });
    }
  }
  return {
    role: 'explanation',
    name,
    columnWidths: Array(COLUMNS).fill(WIDTH),
    rows,
    rowHeights: heights,
    printA4: true,
  };
}

/** Merged cells do not grow to fit their text in Excel: the height is worked out from the text's length. */
function heightFor(text: string, style: CellStyle): number {
  const scale = style === 'title' ? 1.6 : style.startsWith('heading') ? 1.2 : 1;
  const width = [...text].reduce((acc, ch) => acc + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.5), 0);
  const lines = Math.max(1, Math.ceil((width + 2) / (CHARS_PER_LINE / scale)));
  return Math.round(lines * LINE_HEIGHT * scale * 10) / 10;
}
