import styles from '../data/annotation-styles.json';
import type { CheckResult } from '../check';
import type { Lang } from '../i18n/catalogue';
import type { ReportDocument } from '../report/document';
import { explanationSheet } from './explanation-sheet';
import { findingsSheet } from './findings-sheet';
import { marksFor } from './marks';
import type { WritePlan } from './types';

export interface PlanParts {
  highlights?: boolean;
  findings?: boolean;
  /** The generated 自评表说明, when given. */
  explanation?: ReportDocument;
}

/** The plan for one run: highlights on the user's sheets, the 检查结果 sheet, the 自评表说明 sheet. */
export function buildWritePlan(
  result: CheckResult,
  lang: Lang,
  parts: PlanParts = { highlights: true, findings: true },
): WritePlan {
  const plan: WritePlan = { marks: [], sheets: [] };
  if (parts.highlights) plan.marks = marksFor(result.findings, lang);
  if (parts.findings) plan.sheets.push(findingsSheet(result.findings, styles.sheetNames.findings, lang));
  if (parts.explanation) plan.sheets.push(explanationSheet(parts.explanation, styles.sheetNames.explanation));
  return plan;
}

export const annotationStyles = styles;
