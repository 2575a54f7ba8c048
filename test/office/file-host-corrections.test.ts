/**
 * Browser mode: a correction applied to the workbook in memory, so that 下载 gives the corrected copy; undo
 * gives the old text back; a formula cell refused with the pane's error.
 */
import { readFileSync } from 'node:fs';
import { checkWorkbook } from '../../src/core/check';
import { buildCorrectionPlan } from '../../src/core/write-plan/corrections';
import { FileHost } from '../../src/taskpane/hosts/file-host';
import { download } from '../../src/taskpane/hosts/host';
import { loadWorkbook } from '../../src/xlsx/read';
import { SAMPLE } from './helpers';

jest.mock('../../src/taskpane/hosts/host', () => ({
  ...jest.requireActual<object>('../../src/taskpane/hosts/host'),
  download: jest.fn(),
}));

const OLD = '（二）管理效率分析（总分为 50 分，自评分为 46.5 分）';
const NEW = '（二）管理效率分析（总分为 50 分，自评分为 47.5 分）';

function fileHost(): FileHost {
  const bytes = readFileSync(SAMPLE);
  return new FileHost({
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  } as unknown as File);
}

/** The workbook 下载 offers, as read back. */
async function downloaded(host: FileHost): Promise<Awaited<ReturnType<typeof loadWorkbook>>> {
  const mocked = download as jest.MockedFunction<typeof download>;
  mocked.mockClear();
  await host.downloadWorkbook('out.xlsx');
  const blob = mocked.mock.calls[0][0];
  return loadWorkbook(Buffer.from(await blob.arrayBuffer()));
}

it('writes the correction into the copy 下载 gives, and undo puts the old text back', async () => {
  const host = fileHost();
  const plan = buildCorrectionPlan(checkWorkbook(await host.read()).findings);
  await host.applyCorrections(plan);
  const corrected = await downloaded(host);
  expect(corrected.excel.getWorksheet('自评表说明')?.getCell('A37').value).toBe(NEW);
  expect(checkWorkbook(corrected.data).findings.filter((f) => f.correction)).toEqual([]);
  await host.undoCorrections();
  expect((await downloaded(host)).excel.getWorksheet('自评表说明')?.getCell('A37').value).toBe(OLD);
});

it('refuses a cell that changed since the check, with the pane error naming it', async () => {
  const host = fileHost();
  const plan = buildCorrectionPlan(checkWorkbook(await host.read()).findings);
  await host.applyCorrections(plan);
  await expect(host.applyCorrections(plan)).rejects.toMatchObject({
    code: 'correction-changed',
    detail: '自评表说明!A37',
  });
});
