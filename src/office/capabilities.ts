/**
 * Whether the host supports an ExcelApi requirement set. False outside Office (tests, the CLI), so that
 * callers there pass what they want explicitly.
 */
export function isApiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', version));
}
