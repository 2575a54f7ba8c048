/** Set as the summary's 标记 (keywords) property, so a later batch over the same folder passes it over. */
export const SUMMARY_MARK = 'scoresheet-summary';

/** Whether a workbook with these keywords is a summary this tool wrote. */
export function isSummaryKeywords(keywords: string | undefined): boolean {
  return keywords === SUMMARY_MARK;
}
