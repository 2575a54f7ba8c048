/** Files that are no workbook, or a damaged one: the CLI must say so in one line and exit 2. */
import JSZip from 'jszip';
import { type BadInputCase, editParts, plainTable, zipOf } from './kit';
import { zipWithBigPart } from './raw-zip';

const CSV = ['一级指标,二级指标,分值,得分', '决策,目标设定,20,20', '合计,,20,20', ''].join('\r\n');

/** The first bytes of an OLE compound file (old .xls, or any encrypted .xlsx), then zeros. */
function oleBytes(): Buffer {
  const out = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out);
  return out;
}

export const fileCases: BadInputCase[] = [
  {
    file: 'empty-file.xlsx',
    description: '0 bytes',
    build: async () => Buffer.alloc(0),
    expected: { exit: 2, stderrIncludes: '文件为空' },
  },
  {
    file: 'zip-not-xlsx.xlsx',
    description: 'a zip archive holding readme.txt and a picture folder, no workbook part',
    build: () => zipOf({ 'readme.txt': '这不是工作簿', 'pics/a.txt': 'x' }),
    expected: { exit: 2, stderrIncludes: '压缩包' },
  },
  {
    file: 'docx-renamed.xlsx',
    description: "a Word document's parts ([Content_Types].xml, word/document.xml) under an .xlsx name",
    build: () =>
      zipOf({
        '[Content_Types].xml':
          '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        'word/document.xml':
          '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
      }),
    expected: { exit: 2, stderrIncludes: '压缩包' },
  },
  {
    file: 'ods-renamed.xlsx',
    description: "an OpenDocument spreadsheet's parts (mimetype, content.xml) under an .xlsx name",
    build: () =>
      zipOf({
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content/>',
      }),
    expected: { exit: 2, stderrIncludes: '.ods' },
  },
  {
    file: 'xlsb-renamed.xlsx',
    description: "a binary workbook's parts (xl/workbook.bin, xl/worksheets/sheet1.bin) under an .xlsx name",
    build: () =>
      zipOf({
        '[Content_Types].xml': '<Types/>',
        'xl/workbook.bin': Buffer.alloc(64),
        'xl/worksheets/sheet1.bin': Buffer.alloc(64),
      }),
    expected: { exit: 2, stderrIncludes: '.xlsb' },
  },
  {
    file: 'zip-bomb.xlsx',
    description: 'the table, its sheet1.xml padded with 300 MB of spaces: a 1.4 MB file that unpacks to 300 MB',
    build: async () => {
      const whole = await plainTable();
      const xml = (await (await JSZip.loadAsync(whole)).file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
      const at = xml.indexOf('</sheetData>');
      return zipWithBigPart(whole, {
        path: 'xl/worksheets/sheet1.xml',
        head: xml.slice(0, at),
        chunk: Buffer.alloc(2 ** 20, 0x20),
        repeat: 300,
        tail: xml.slice(at),
      });
    },
    expected: { exit: 2, stderrIncludes: '解压后' },
  },
  {
    file: 'xls-renamed.xlsx',
    description: 'OLE compound-file header bytes (an old .xls, or an encrypted .xlsx) renamed .xlsx',
    build: async () => oleBytes(),
    expected: { exit: 2, stderrIncludes: '旧版 .xls' },
  },
  {
    file: 'csv-renamed.xlsx',
    description: 'a UTF-8 CSV export of a score table renamed .xlsx',
    build: async () => Buffer.from(CSV, 'utf8'),
    expected: { exit: 2, stderrIncludes: '不是 .xlsx 格式' },
  },
  {
    file: 'csv-utf16-bom.xlsx',
    description: 'the same CSV as UTF-16LE with a byte-order mark, as some exports write it',
    build: async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]),
    expected: { exit: 2, stderrIncludes: '不是 .xlsx 格式' },
  },
  {
    file: 'truncated.xlsx',
    description: 'a valid workbook cut in half (an interrupted download)',
    build: async () => {
      const whole = await plainTable();
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    expected: { exit: 2, stderrIncludes: '不完整' },
  },
  {
    file: 'corrupt-sheet-xml.xlsx',
    description: 'sheet1.xml cut off mid-row: unclosed tags',
    build: async () =>
      editParts(await plainTable(), { 'xl/worksheets/sheet1.xml': (s) => s.slice(0, s.indexOf('<row r="3"') + 30) }),
    expected: { exit: 2, stderrIncludes: '自评表' },
  },
  {
    file: 'corrupt-shared-strings.xlsx',
    description: 'sharedStrings.xml that is not XML at all',
    build: async () => editParts(await plainTable(), { 'xl/sharedStrings.xml': () => '<sst><si><t>一级指标</si' }),
    expected: { exit: 2, stderrIncludes: 'xl/sharedStrings.xml' },
  },
  {
    file: 'missing-shared-strings.xlsx',
    description: 'cells of type "s" (shared string), but the xl/sharedStrings.xml part is gone',
    build: async () => editParts(await plainTable(), { 'xl/sharedStrings.xml': () => null }),
    expected: { exit: 2, stderrIncludes: '自评表!A1' },
  },
  {
    file: 'missing-sheet-part.xlsx',
    description: 'workbook.xml lists the sheet, but its part xl/worksheets/sheet1.xml is gone',
    build: async () => editParts(await plainTable(), { 'xl/worksheets/sheet1.xml': () => null }),
    expected: { exit: 2, stderrIncludes: '自评表' },
  },
  {
    file: 'xml-entity-bomb.xlsx',
    description: 'sharedStrings.xml with a DOCTYPE defining nested entities ("billion laughs")',
    build: async () =>
      editParts(await plainTable(), {
        'xl/sharedStrings.xml': (s) => {
          const entities = ['<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">'];
          for (let i = 1; i < 10; i++) entities.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
          const doctype = `<!DOCTYPE sst [${entities.join('')}]>`;
          return s.replace('?>', `?>${doctype}`).replace('<t>决策</t>', '<t>&a9;</t>');
        },
      }),
    expected: { exit: 2, stderrIncludes: '已损坏' },
  },
];
