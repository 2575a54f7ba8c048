// The Word renderer of the 自评表说明: unzips what renderDocx writes and reads its XML back.
// JSZip and saxes come with docx and ExcelJS; only this test imports them.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { ReportDocument } from '../src/core/report/document';
import { renderDocx } from '../src/docx/render';

// ------------------------------------------------------------------ a tiny DOM over saxes

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

/** Parses XML into elements; throws on XML that is not well-formed. */
function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#document', attrs: {}, children: [] };
  const stack: El[] = [root];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: El = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [] };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => void stack[stack.length - 1].children.push(text));
  parser.write(xml).close();
  const [top, ...rest] = root.children.filter((c): c is El => typeof c !== 'string');
  if (!top || rest.length) throw new Error('not one root element');
  return top;
}

const elements = (el: El): El[] => el.children.filter((c): c is El => typeof c !== 'string');
const child = (el: El | undefined, name: string): El | undefined => el && elements(el).find((c) => c.name === name);

/** Every descendant called `name`, in document order. */
function all(el: El, name: string): El[] {
  return elements(el).flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

/** The text Word shows for an element: w:t text, a tab for w:tab, a line break for w:br. */
function textOf(el: El): string {
  return elements(el)
    .map((c) => {
      if (c.name === 'w:t') return ownText(c);
      if (c.name === 'w:tab' && el.name === 'w:r') return '\t';
      if (c.name === 'w:br') return '\n';
      return textOf(c);
    })
    .join('');
}

/** An element's own text, e.g. of w:instrText or dc:title. */
const ownText = (el: El | undefined): string =>
  (el?.children ?? []).filter((t): t is string => typeof t === 'string').join('');

const pStyle = (p: El): string | undefined => child(child(p, 'w:pPr'), 'w:pStyle')?.attrs['w:val'];

// ------------------------------------------------------------------ the document

const TITLE = '2024年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表说明';
const PLACEHOLDER = '【请填写部门职能，如：负责辖区内经济发展、社区建设等。】';
const FORMULA_LIKE = '=SUM(B3:B9) 这是正文，不是公式';
const NEGATIVE = '-5分，因部分项目资金未按期支付';
const TABLE: string[][] = [
  ['一级指标', '分值', '自评分', '扣分原因'],
  ['履职效能', '50', '49.88', '部分绩效目标未完成'],
  ['管理效率', '50', '50', ''],
];

const DOC: ReportDocument = {
  title: TITLE,
  blocks: [
    { kind: 'heading', level: 1, text: '一、基本情况' },
    { kind: 'heading', level: 2, text: '（一）部门职能' },
    { kind: 'paragraph', text: PLACEHOLDER, placeholder: true },
    { kind: 'heading', level: 1, text: '二、综合评价分析' },
    { kind: 'paragraph', text: '本部门2024年度整体支出绩效自评得分为99.88分，评价等级为“优”。' },
    { kind: 'table', rows: TABLE, headerRows: 1 },
    { kind: 'heading', level: 2, text: '（一）履职效能分析（总分为50分，自评分为49.88分）' },
    { kind: 'heading', level: 3, text: '1.重点工作履行情况' },
    { kind: 'paragraph', text: FORMULA_LIKE },
    { kind: 'heading', level: 1, text: '三、存在的主要问题' },
    { kind: 'paragraph', text: NEGATIVE },
    { kind: 'heading', level: 1, text: '四、下一步改进措施' },
    { kind: 'paragraph', text: '加强预算执行监控，提高资金使用效益。' },
  ],
};

interface Package {
  files: string[];
  document: El;
  body: El;
  styles: El;
  fontTable: El;
  footers: El[];
  core: El;
}

async function unpack(doc: ReportDocument): Promise<Package> {
  const zip = await JSZip.loadAsync(await renderDocx(doc));
  const read = async (path: string): Promise<El> => {
    const file = zip.file(path);
    if (!file) throw new Error(`no ${path} in the package`);
    return parseXml(await file.async('string'));
  };
  const files = Object.keys(zip.files);
  const document = await read('word/document.xml');
  const body = child(document, 'w:body');
  if (!body) throw new Error('no w:body');
  return {
    files,
    document,
    body,
    styles: await read('word/styles.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(files.filter((f) => /^word\/footer\d*\.xml$/.test(f)).map(read)),
    core: await read('docProps/core.xml'),
  };
}

/** The body's paragraphs and tables in order: a paragraph as its text, a table as its cells' texts. */
function bodyItems(body: El): (string | string[][])[] {
  return elements(body)
    .filter((el) => el.name === 'w:p' || el.name === 'w:tbl')
    .map((el) =>
      el.name === 'w:p'
        ? textOf(el)
        : all(el, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(textOf).join('\n'))),
    );
}

/** What the blocks should come out as, in order. */
function expectedItems(doc: ReportDocument): (string | string[][])[] {
  return [doc.title, ...doc.blocks.map((b) => (b.kind === 'table' ? b.rows : b.text))];
}

// ------------------------------------------------------------------ styles

/** A property of a paragraph style, following basedOn up to the document defaults. */
function styleProp(styles: El, styleId: string | undefined, pick: (style: El) => El | undefined): El | undefined {
  const byId = new Map(all(styles, 'w:style').map((s) => [s.attrs['w:styleId'], s]));
  let id =
    styleId ??
    all(styles, 'w:style').find(
      (s) => s.attrs['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(s.attrs['w:default']),
    )?.attrs['w:styleId'];
  for (const seen = new Set<string>(); id !== undefined && !seen.has(id);) {
    seen.add(id);
    const style = byId.get(id);
    if (!style) break;
    const found = pick(style);
    if (found) return found;
    id = child(style, 'w:basedOn')?.attrs['w:val'];
  }
  const defaults = child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  return defaults && pick({ name: 'w:style', attrs: {}, children: [defaults] });
}

const rPr = (tag: string) => (style: El) => child(child(style, 'w:rPr'), tag);
const pPr = (tag: string) => (style: El) => child(child(style, 'w:pPr'), tag);
const eastAsiaFont = (styles: El, id: string | undefined): string | undefined =>
  styleProp(styles, id, (s) => {
    const fonts = child(child(s, 'w:rPr'), 'w:rFonts');
    return fonts?.attrs['w:eastAsia'] ? fonts : undefined;
  })?.attrs['w:eastAsia'];

// ------------------------------------------------------------------ tests

describe('renderDocx', () => {
  let pkg: Package;
  beforeAll(async () => {
    pkg = await unpack(DOC);
  });

  it('writes a .docx whose parts are well-formed XML', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(pkg.document.name).toBe('w:document');
    expect(pkg.footers).toHaveLength(1);
  });

  it('writes every block verbatim and in order, the title first', () => {
    expect(bodyItems(pkg.body)).toEqual(expectedItems(DOC));
  });

  it('writes the four 一二三四 headings in order, as Heading 1', () => {
    const headings = all(pkg.body, 'w:p')
      .filter((p) => pStyle(p) === 'Heading1')
      .map(textOf);
    expect(headings).toEqual(['一、基本情况', '二、综合评价分析', '三、存在的主要问题', '四、下一步改进措施']);
    const paragraphs = all(pkg.body, 'w:p');
    const at = (text: string) => paragraphs.find((p) => textOf(p) === text);
    expect(pStyle(at('（一）部门职能')!)).toBe('Heading2');
    expect(pStyle(at('（一）履职效能分析（总分为50分，自评分为49.88分）')!)).toBe('Heading2');
    expect(pStyle(at('1.重点工作履行情况')!)).toBe('Heading3');
    expect(pStyle(at(TITLE)!)).toBe('Title');
  });

  it('keeps "=…" and "-5…" as plain text, not fields', () => {
    const texts = all(pkg.body, 'w:p').map(textOf);
    expect(texts).toContain(FORMULA_LIKE);
    expect(texts).toContain(NEGATIVE);
    expect(all(pkg.body, 'w:instrText')).toHaveLength(0);
    expect(all(pkg.body, 'w:fldSimple')).toHaveLength(0);
  });

  it('writes the table as a Word table: 3 rows of 4 cells, the header row repeated and bold, full width, bordered', () => {
    const tables = all(pkg.body, 'w:tbl');
    expect(tables).toHaveLength(1);
    const [table] = tables;
    const rows = all(table, 'w:tr');
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(all(row, 'w:tc')).toHaveLength(4);
    const isHeader = rows.map((tr) => child(child(tr, 'w:trPr'), 'w:tblHeader') !== undefined);
    expect(isHeader).toEqual([true, false, false]);
    const bold = (tr: El) => all(tr, 'w:r').every((r) => child(child(r, 'w:rPr'), 'w:b') !== undefined);
    expect(bold(rows[0])).toBe(true);
    expect(all(rows[1], 'w:b')).toHaveLength(0);

    const tblPr = child(table, 'w:tblPr');
    const textWidth = 11906 - 1587 - 1474;
    expect(child(tblPr, 'w:tblW')?.attrs).toMatchObject({ 'w:type': 'dxa', 'w:w': String(textWidth) });
    const grid = all(table, 'w:gridCol').map((c) => Number(c.attrs['w:w']));
    expect(grid).toHaveLength(4);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
    const borders = child(tblPr, 'w:tblBorders');
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'])
      expect(child(borders, side)?.attrs['w:val']).toBe('single');

    // Cell text: 仿宋 12 pt, centred.
    const cellStyle = pStyle(all(rows[1], 'w:p')[0]);
    expect(eastAsiaFont(pkg.styles, cellStyle)).toBe('仿宋_GB2312');
    expect(styleProp(pkg.styles, cellStyle, rPr('w:sz'))?.attrs['w:val']).toBe('24');
    expect(styleProp(pkg.styles, cellStyle, pPr('w:jc'))?.attrs['w:val']).toBe('center');
  });

  it('lays out A4 portrait with the GB/T 9704 margins', () => {
    const sectPr = child(pkg.body, 'w:sectPr');
    expect(child(sectPr, 'w:pgSz')?.attrs).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    expect(child(sectPr, 'w:pgSz')?.attrs['w:orient']).not.toBe('landscape');
    // 37, 35, 28 and 26 mm in twips.
    expect(child(sectPr, 'w:pgMar')?.attrs).toMatchObject({
      'w:top': '2098',
      'w:bottom': '1984',
      'w:left': '1587',
      'w:right': '1474',
    });
  });

  it('sets the body in 仿宋 三号, indented two characters, on a fixed 28 pt line', () => {
    const body = all(pkg.body, 'w:p').find((p) => textOf(p) === NEGATIVE)!;
    const style = pStyle(body); // none: the default paragraph style
    expect(eastAsiaFont(pkg.styles, style)).toBe('仿宋_GB2312');
    expect(styleProp(pkg.styles, style, rPr('w:sz'))?.attrs['w:val']).toBe('32');
    expect(styleProp(pkg.styles, style, pPr('w:ind'))?.attrs['w:firstLine']).toBe('640');
    expect(styleProp(pkg.styles, style, pPr('w:spacing'))?.attrs).toMatchObject({
      'w:line': '560',
      'w:lineRule': 'exact',
    });
    // No run overrides the style's font.
    expect(all(body, 'w:rFonts')).toHaveLength(0);
  });

  it('sets the title in 方正小标宋简体 二号, centred, and the headings in 黑体, 楷体 and bold 仿宋', () => {
    const { styles } = pkg;
    expect(eastAsiaFont(styles, 'Title')).toBe('方正小标宋简体');
    expect(styleProp(styles, 'Title', rPr('w:sz'))?.attrs['w:val']).toBe('44');
    expect(styleProp(styles, 'Title', pPr('w:jc'))?.attrs['w:val']).toBe('center');
    expect(eastAsiaFont(styles, 'Heading1')).toBe('黑体');
    expect(eastAsiaFont(styles, 'Heading2')).toBe('楷体_GB2312');
    expect(eastAsiaFont(styles, 'Heading3')).toBe('仿宋_GB2312');
    expect(styleProp(styles, 'Heading3', rPr('w:b'))?.attrs['w:val'] ?? 'true').toMatch(/^(true|1|on)$/);
    for (const id of ['Heading1', 'Heading2', 'Heading3'])
      expect(styleProp(styles, id, rPr('w:sz'))?.attrs['w:val']).toBe('32');
  });

  it('names the fallbacks of the 公文 faces in the font table', () => {
    const alt = (name: string) =>
      child(
        all(pkg.fontTable, 'w:font').find((f) => f.attrs['w:name'] === name),
        'w:altName',
      )?.attrs['w:val'].split(',');
    expect(alt('方正小标宋简体')).toEqual(expect.arrayContaining(['宋体', 'SimSun']));
    expect(alt('仿宋_GB2312')).toEqual(expect.arrayContaining(['仿宋', 'FangSong']));
    expect(alt('楷体_GB2312')).toEqual(expect.arrayContaining(['楷体', 'KaiTi']));
  });

  it('highlights the placeholder, and nothing else', () => {
    const highlighted = all(pkg.body, 'w:p').filter((p) => all(p, 'w:highlight').length > 0);
    expect(highlighted.map(textOf)).toEqual([PLACEHOLDER]);
    for (const r of all(highlighted[0], 'w:r'))
      expect(child(child(r, 'w:rPr'), 'w:highlight')?.attrs['w:val']).toBe('yellow');
  });

  it('numbers the pages "— 1 —" in the footer, centred', () => {
    const [footer] = pkg.footers;
    const p = all(footer, 'w:p')[0];
    const instr = all(p, 'w:instrText').map(ownText).join('').trim();
    expect(instr).toBe('PAGE');
    expect(textOf(p)).toBe('—  —'); // the number itself is the field's, worked out by Word
    const jc =
      child(child(p, 'w:pPr'), 'w:jc')?.attrs['w:val'] ?? styleProp(pkg.styles, pStyle(p), pPr('w:jc'))?.attrs['w:val'];
    expect(jc).toBe('center');
  });

  it('sets the title and "scoresheet" as creator in the document properties, and no user name', () => {
    const prop = (name: string) => ownText(child(pkg.core, name));
    expect(prop('dc:title')).toBe(TITLE);
    expect(prop('dc:creator')).toBe('scoresheet');
    expect(prop('cp:lastModifiedBy')).toBe('scoresheet');
  });
});

describe('renderDocx, text at the edges', () => {
  it('keeps XML-special text, tabs and line breaks; a line of a paragraph or a cell becomes a paragraph', async () => {
    const doc: ReportDocument = {
      title: 'A & B <说明>',
      blocks: [
        { kind: 'heading', level: 1, text: '一、"引号" & \'撇号\'' },
        { kind: 'paragraph', text: '第一行\n第二行\r\n第三行' },
        { kind: 'paragraph', text: '  前后空格\t制表符  ' },
        { kind: 'paragraph', text: '' },
        { kind: 'paragraph', text: '控制字符\u0001被去掉' },
        { kind: 'table', headerRows: 2, rows: [['项目', '金额\n（万元）'], ['', '合计'], ['短行']] },
      ],
    };
    const { body } = await unpack(doc);
    expect(bodyItems(body)).toEqual([
      'A & B <说明>',
      '一、"引号" & \'撇号\'',
      '第一行',
      '第二行',
      '第三行',
      '  前后空格\t制表符  ',
      '',
      '控制字符被去掉',
      [
        ['项目', '金额\n（万元）'],
        ['', '合计'],
        ['短行', ''], // a short row is filled out to the table's width
      ],
    ]);
    const rows = all(all(body, 'w:tbl')[0], 'w:tr');
    expect(rows.map((tr) => child(child(tr, 'w:trPr'), 'w:tblHeader') !== undefined)).toEqual([true, true, false]);
  });

  it('starts each further report of the workbook on a new page under its own title; a.数量指标 is Heading 4', async () => {
    const { body, styles } = await unpack({
      title: '2024年度某区民政局部门整体支出绩效自评表说明',
      blocks: [
        { kind: 'heading', level: 4, text: 'a.数量指标' },
        { kind: 'title', text: '2024年度老旧小区改造项目支出绩效自评报告' },
        { kind: 'heading', level: 1, text: '一、基本情况' },
      ],
    });
    const paragraphs = all(body, 'w:p');
    const titles = paragraphs.filter((p) => pStyle(p) === 'Title');
    expect(titles.map(textOf)).toEqual([
      '2024年度某区民政局部门整体支出绩效自评表说明',
      '2024年度老旧小区改造项目支出绩效自评报告',
    ]);
    expect(child(child(titles[1], 'w:pPr'), 'w:pageBreakBefore')).toBeDefined();
    expect(child(child(titles[0], 'w:pPr'), 'w:pageBreakBefore')).toBeUndefined();
    const sub = paragraphs.find((p) => textOf(p) === 'a.数量指标')!;
    expect(pStyle(sub)).toBe('Heading4');
    expect(all(styles, 'w:style').some((st) => st.attrs['w:styleId'] === 'Heading4')).toBe(true);
  });

  it('renders an empty document: just the title; a table without rows is left out', async () => {
    const { body } = await unpack({ title: '说明', blocks: [{ kind: 'table', rows: [], headerRows: 1 }] });
    expect(bodyItems(body)).toEqual(['说明']);
  });
});
