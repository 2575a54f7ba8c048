/**
 * The 自评表说明 as structure, before any format: the sheet, Markdown and Word renderers all read this.
 * Headings are numbered in their text already ("一、基本情况", "（一）部门职能", "1.预算编制…").
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** The title of a further report in the same document (a workbook with a department table and project tables). */
  | { kind: 'title'; text: string }
  /** `placeholder`: text the workbook did not provide, marked for the user to fill in. */
  | { kind: 'paragraph'; text: string; placeholder?: boolean }
  /** A table: the first `headerRows` rows are headings; cells are display text. */
  | { kind: 'table'; rows: string[][]; headerRows: number };

export interface ReportDocument {
  /** "2024年度广州市荔湾区人民政府白鹤洞街道办事处部门整体支出绩效自评表说明": the first report's title. */
  title: string;
  blocks: Block[];
}
