/** The pure core: no Office.js, ExcelJS, docx or React here (an ESLint rule keeps it so). */
export * from './grid/index';
export { checkWorkbook, type CheckOptions, type CheckResult } from './check';
export type { CheckId, Finding, Severity } from './checks/finding';
export { type Lang, isLang, t } from './i18n/catalogue';
export { locate, type LocateOptions } from './locate/index';
export { defaultVocabulary, type Vocabulary } from './locate/synonyms';
export type * from './model/types';
export { toCheckJson, type CheckJson } from './output/json';
