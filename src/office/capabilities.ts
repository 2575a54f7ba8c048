/**
 * Whether the host supports an ExcelApi requirement set. False outside Office (tests, the CLI), so that
 * callers there pass what they want explicitly.
 */
export function isApiSupported(version: string): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.requirements?.isSetSupported('ExcelApi', version));
}

/**
 * The write budget per request for this host: Excel on the web refuses requests over 5 MB, so writes go in
 * requests of at most 4.5 MB there (the adapter's default); Excel on Windows and Mac have no such limit,
 * so a whole write plan goes in one request whatever its size. Outside Office: the default.
 */
export function requestBudgetForHost(): number | undefined {
  if (typeof Office === 'undefined') return undefined;
  const platform = Office.context?.platform ?? Office.context?.diagnostics?.platform;
  return platform === Office.PlatformType.PC || platform === Office.PlatformType.Mac
    ? Number.POSITIVE_INFINITY
    : undefined;
}
