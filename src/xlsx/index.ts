export { readWorkbook, toSheetData } from './read';
export { WorkbookReadError } from './errors';
