/** ExcelJS's table of built-in number formats (numFmtId → format code), the one its reader uses. */
declare module 'exceljs/lib/xlsx/defaultnumformats' {
  const formats: Record<number, { f: string } | undefined>;
  export default formats;
}
