import { Packer } from 'docx';
import type { ReportDocument } from '../core/report/document';
import { buildDocx } from './render';

/** The Word file as a Blob, for the browser (the pane's 下载 Word); Node callers use renderDocx. */
export async function renderDocxBlob(doc: ReportDocument): Promise<Blob> {
  const { document, overrides } = buildDocx(doc);
  return Packer.toBlob(document, false, overrides);
}
