import { useState } from 'react';
import type { WorkbookHost } from '../hosts/host';

/** The workbook the pane works on: the one open in Excel, or the local file last chosen (browser mode). */
export function useWorkbook(excelHost: WorkbookHost | undefined, fileHost: ((file: File) => WorkbookHost) | undefined) {
  const [host, setHost] = useState<WorkbookHost | null>(excelHost ?? null);
  /** The chosen file's name (browser mode); null until one is chosen, or inside Excel. */
  const [fileName, setFileName] = useState<string | null>(null);

  /** Opens a chosen file; returns its host, or null where the pane makes none (inside Excel). */
  const open = (file: File): WorkbookHost | null => {
    if (!fileHost) return null;
    const h = fileHost(file);
    setHost(h);
    setFileName(file.name);
    return h;
  };

  return { host, fileName, open };
}
