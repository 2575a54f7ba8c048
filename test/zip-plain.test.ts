import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { fixtures } from './fixtures';
import { readWorkbookFast, readWorkbookFile } from '../src/xlsx/fast-read';
import { Decline } from '../src/xlsx/ooxml/xml-scan';
import { loadWorkbook } from '../src/xlsx/read';
import { unzipPlain } from '../src/xlsx/zip-plain';

const sample = readFileSync(join(__dirname, '..', 'assets', 'sample-scoresheet.xlsx'));

/** What JSZip (ExcelJS's unzipper) gives for each file entry. */
async function jszipEntries(bytes: Uint8Array): Promise<{ name: string; bytes: Buffer }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.async('nodebuffer') })));
}

/** The data read, or the error's message: what the user gets either way. */
const outcome = <T>(read: Promise<T>): Promise<T | string> => read.catch((err: Error) => err.message);

const asPlain = (entries: { name: string; bytes: Uint8Array }[]) =>
  entries.map((e) => ({ name: e.name, bytes: Buffer.from(e.bytes) })).sort((a, b) => a.name.localeCompare(b.name));

describe('unzipPlain', () => {
  it('gives the bytes JSZip gives, deflated or stored', async () => {
    const stored = await (await JSZip.loadAsync(sample)).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const sources = [sample, stored, ...(await Promise.all(fixtures.slice(0, 6).map((f) => f.build())))];
    for (const bytes of sources) {
      expect(asPlain(unzipPlain(bytes))).toEqual(asPlain(await jszipEntries(bytes)));
    }
  });

  it('declines bytes put before the zip, which JSZip reads by shifting every offset', async () => {
    // Starting with a zip signature, as a self-extracting archive's stub does not, so that both readers try it.
    const shifted = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(96, 0x20), sample]);
    expect(() => unzipPlain(shifted)).toThrow(Decline);
    // The fast reader hands such a file to ExcelJS, which reads it as before.
    expect(await outcome(readWorkbookFast(shifted))).toEqual(await outcome(loadWorkbook(shifted).then((r) => r.data)));
  });

  it('declines a local header whose name is not the central directory one', () => {
    const bytes = Buffer.from(sample);
    // The first local header's name starts at byte 30.
    const name = bytes.subarray(30, 30 + bytes.readUInt16LE(26)).toString('latin1');
    bytes[30] = name[0] === 'x' ? 0x79 : 0x78;
    expect(() => unzipPlain(bytes)).toThrow(Decline);
  });

  it('declines a damaged deflate stream, and the ExcelJS path says what it says', async () => {
    const bytes = Buffer.from(sample);
    // Overwrite the middle of the first entry's data with zeros.
    const start = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    bytes.fill(0xff, start + 4, start + 40);
    expect(() => unzipPlain(bytes)).toThrow(Decline);
    expect(await outcome(readWorkbookFast(bytes))).toEqual(await outcome(loadWorkbook(bytes).then((r) => r.data)));
  });
});

describe('readWorkbookFile keywords', () => {
  it('reads the keywords ExcelJS reads', async () => {
    const zip = await JSZip.loadAsync(sample);
    const core = await zip.file('docProps/core.xml')!.async('string');
    const marked = core.includes('<cp:keywords')
      ? core.replace(/<cp:keywords>[^<]*<\/cp:keywords>/, '<cp:keywords>a &amp; b</cp:keywords>')
      : core.replace('</cp:coreProperties>', '<cp:keywords>a &amp; b</cp:keywords></cp:coreProperties>');
    zip.file('docProps/core.xml', marked);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const { excel } = await loadWorkbook(bytes);
    expect(excel.keywords).toBe('a & b');
    expect((await readWorkbookFile(bytes)).keywords).toBe('a & b');
    expect((await readWorkbookFile(sample)).keywords).toBe((await loadWorkbook(sample)).excel.keywords);
  });
});
