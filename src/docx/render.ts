import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  HighlightColor,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  Tab,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
} from 'docx';
import type { Block, ReportDocument } from '../core/report/document';
import { fontTableXml, FONT } from './fonts';

/**
 * The 自评表说明 as a Word document laid out as Chinese government documents are (GB/T 9704 公文格式): A4, the
 * 版心 margins, 方正小标宋 title, 黑体 / 楷体 / 仿宋 headings, 仿宋 三号 body at a fixed 28 pt line, "— 1 —" page
 * numbers. Formatting lives in named styles (Title, Heading 1–3, Normal, 表格文字, Footer) so the user can change
 * it in Word in one place; headings carry outline levels, so Word's navigation pane lists them.
 *
 * Every block's text is written verbatim, in order. A paragraph's or a cell's lines become paragraphs of their own,
 * a title's or a heading's lines are broken with line breaks, tabs become tabs; only characters XML cannot hold at all
 * (C0 controls other than tab and line breaks, U+FFFE/U+FFFF, lone surrogates) are dropped.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  const { document, overrides } = buildDocx(doc);
  return Packer.toBuffer(document, false, overrides);
}

/**
 * The document and the package parts that replace docx's own, for callers that pack it themselves (e.g. a browser
 * caller with `Packer.toBlob(document, false, overrides)`).
 */
export function buildDocx(doc: ReportDocument): { document: Document; overrides: { path: string; data: string }[] } {
  const document = new Document({
    title: doc.title,
    creator: 'scoresheet',
    lastModifiedBy: 'scoresheet',
    styles: { paragraphStyles: PARAGRAPH_STYLES, default: { document: { run: DEFAULT_RUN } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: mm(15), footer: mm(22), gutter: 0 },
          },
        },
        footers: { default: pageNumberFooter() },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title) }),
          ...doc.blocks.flatMap(renderBlock),
        ],
      },
    ],
  });
  // docx writes an empty font table; ours names each Chinese face's fallbacks (w:altName) for machines without it.
  return { document, overrides: [{ path: 'word/fontTable.xml', data: fontTableXml() }] };
}

// ---------------------------------------------------------------- page

const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4 portrait with the GB/T 9704 版心 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** Width of the text block (版心) in twips, the width of every table. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

// ---------------------------------------------------------------- styles

/** Sizes in half-points, as Word stores them. */
const SIZE = { erHao: 44, sanHao: 32, siHao: 28, xiaoSi: 24 } as const;
/** 三号 (16 pt) is 320 twips wide: two characters are 640. */
const TWO_CHARS = { firstLine: 640, firstLineChars: 200 } as const;
const NO_INDENT = { firstLine: 0, firstLineChars: 0 } as const;
/** Fixed 28 pt line, the customary line of 三号 公文 text. */
const FIXED_LINE = { line: 560, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/**
 * A run's fonts: Chinese in `eastAsia`, Latin letters and digits in `latin` (Times New Roman unless given). The
 * eastAsia hint sets the characters Chinese and Latin text share, such as “” and —, in the Chinese face, as Word does
 * when Chinese is typed.
 */
function fonts(eastAsia: string, latin: string = FONT.latin): IRunStylePropertiesOptions['font'] {
  return { ascii: latin, hAnsi: latin, cs: latin, eastAsia, hint: 'eastAsia' };
}

const DEFAULT_RUN: IRunStylePropertiesOptions = {
  font: fonts(FONT.fangSong),
  size: SIZE.sanHao,
  sizeComplexScript: SIZE.sanHao,
  language: { value: 'en-US', eastAsia: 'zh-CN' },
};

/** Style id of the table cells' text. */
const TABLE_TEXT = 'TableText';
const FOOTER = 'Footer';

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: TWO_CHARS, spacing: FIXED_LINE },
    run: { font: fonts(FONT.fangSong), size: SIZE.sanHao, sizeComplexScript: SIZE.sanHao },
  },
  {
    id: HeadingLevel.TITLE,
    name: 'Title',
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      // A 二号 title on a fixed 35 pt line, then one empty 28 pt line before the text.
      spacing: { line: 700, lineRule: LineRuleType.EXACT, before: 0, after: 560 },
    },
    run: { font: fonts(FONT.xiaoBiaoSong), size: SIZE.erHao, sizeComplexScript: SIZE.erHao, bold: false },
  },
  heading(HeadingLevel.HEADING_1, 'heading 1', 0, { font: fonts(FONT.heiTi) }),
  heading(HeadingLevel.HEADING_2, 'heading 2', 1, { font: fonts(FONT.kaiTi) }),
  heading(HeadingLevel.HEADING_3, 'heading 3', 2, { font: fonts(FONT.fangSong), bold: true, boldComplexScript: true }),
  heading(HeadingLevel.HEADING_4, 'heading 4', 3, { font: fonts(FONT.fangSong) }),
  {
    id: TABLE_TEXT,
    name: '表格文字',
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    },
    run: { size: SIZE.xiaoSi, sizeComplexScript: SIZE.xiaoSi },
  },
  {
    id: FOOTER,
    name: 'footer',
    basedOn: 'Normal',
    paragraph: {
      alignment: AlignmentType.CENTER,
      indent: NO_INDENT,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
    },
    // GB/T 9704: 4号半角宋体阿拉伯数字, a 一字线 either side.
    run: { font: fonts(FONT.songTi, FONT.songTi), size: SIZE.siHao, sizeComplexScript: SIZE.siHao },
  },
];

function heading(
  id: string,
  name: string,
  outlineLevel: number,
  run: IRunStylePropertiesOptions,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    // 公文 headings are indented two characters like the text, on the same fixed line.
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      indent: TWO_CHARS,
      spacing: FIXED_LINE,
      keepNext: true,
      outlineLevel,
    },
    run: { size: SIZE.sanHao, sizeComplexScript: SIZE.sanHao, bold: false, italics: false, color: '000000', ...run },
  };
}

// ---------------------------------------------------------------- blocks

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

function renderBlock(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      // A further report of the same workbook starts on a new page, under its own title.
      return [new Paragraph({ heading: HeadingLevel.TITLE, pageBreakBefore: true, children: runs(block.text) })];
    case 'heading':
      return [new Paragraph({ heading: HEADING[block.level], children: runs(block.text) })];
    case 'paragraph':
      // Each line its own paragraph: a justified line ending in a line break would be spread across the page.
      // Text the user is to fill in is highlighted yellow, so it is found at a glance (and removed with the highlight).
      return lines(block.text).map(
        (line) =>
          new Paragraph({ children: runs(line, block.placeholder ? { highlight: HighlightColor.YELLOW } : {}) }),
      );
    case 'table':
      // Word takes a table without rows for a damaged document; one without rows has no text to show either.
      return block.rows.length ? [renderTable(block.rows, block.headerRows)] : [];
  }
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

function renderTable(rows: string[][], headerRows: number): Table {
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const widths = columnWidths(rows, columns);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // A little air above and below the text (1 mm); Word's own 0.19 cm either side.
    margins: { top: 57, bottom: 57, left: 108, right: 108 },
    alignment: AlignmentType.CENTER,
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: rows.map((row, r) => {
      const header = r < headerRows;
      return new TableRow({
        // Only the first rows can repeat on each page; Word ignores tblHeader further down.
        tableHeader: header || undefined,
        cantSplit: true,
        children: widths.map(
          (width, c) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              verticalAlign: VerticalAlignTable.CENTER,
              children: lines(row[c] ?? '').map(
                (line) => new Paragraph({ style: TABLE_TEXT, children: runs(line, header ? { bold: true } : {}) }),
              ),
            }),
        ),
      });
    }),
  });
}

/**
 * Column widths that add up to the text width: each column's share follows its longest line (a Chinese character
 * counting two), within limits so that a short column stays readable and a long one does not crowd out the rest.
 */
function columnWidths(rows: string[][], columns: number): number[] {
  const weights = Array.from({ length: columns }, (_, c) => {
    const longest = Math.max(0, ...rows.map((row) => Math.max(0, ...lines(row[c] ?? '').map(displayWidth))));
    return Math.min(30, Math.max(4, longest));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** Characters set full width: CJK, Hangul, full-width forms, and anything beyond the BMP (mostly CJK extensions). */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{10000}-\u{10ffff}]/u;

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

// ---------------------------------------------------------------- text

/** Characters XML 1.0 cannot hold: C0 controls other than tab, LF, CR (VT and FF become line breaks first), U+FFFE/F, lone surrogates. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function lines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- VT and FF are line breaks
  const breaks = /\r\n?|[\u000b\u000c\u2028\u2029]/g;
  return text.replace(breaks, '\n').replace(NOT_XML, '').split('\n');
}

/** The runs of a text: a line break (`w:br`) between its lines, a tab (`w:tab`) for each tab. */
function runs(text: string, props: IRunStylePropertiesOptions = {}): TextRun[] {
  return lines(text).map(
    (line, i) =>
      new TextRun({
        ...props,
        break: i > 0 ? 1 : undefined,
        children: line.split('\t').flatMap((part, j) => (j > 0 ? [new Tab(), part] : [part])),
      }),
  );
}

/** The footer: "— 1 —" centred, the page number a field. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({ style: FOOTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] }),
    ],
  });
}
