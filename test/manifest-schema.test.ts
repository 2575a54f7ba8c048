import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * manifest.xml, and the manifest an ADDIN_BASE_URL build writes, against Microsoft's published manifest
 * schemas (test/manifest-schemas/), offline: what `xmllint --schema` says, and what sideloading and the
 * Office validator would refuse first (an empty <AppDomains/>, elements out of order, a bad version).
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { manifestFor } = require('../webpack.config.js') as {
  manifestFor: (manifest: string, baseUrl: string) => string;
};

const root = join(__dirname, '..');
const schemas = join(__dirname, 'manifest-schemas');
const MAIN = 'OfficeAppManifestV1_1.xsd';

async function validate(xml: string): Promise<string[]> {
  const imported = readdirSync(schemas).filter((f) => f.endsWith('.xsd') && f !== MAIN);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: MAIN, contents: readFileSync(join(schemas, MAIN), 'utf8') }],
    preload: imported.map((f) => ({ fileName: f, contents: readFileSync(join(schemas, f), 'utf8') })),
  });
  return result.errors.map((e) => e.rawMessage);
}

const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');

describe('the manifest against the published schema', () => {
  it('manifest.xml validates', async () => {
    await expect(validate(manifest)).resolves.toEqual([]);
  });

  it('the manifest of an ADDIN_BASE_URL build validates, with every development URL replaced', async () => {
    const deployed = manifestFor(manifest, 'https://addins.example.gov.cn/scoresheet');
    expect(deployed).not.toContain('localhost');
    expect(deployed).toContain(
      '<SourceLocation DefaultValue="https://addins.example.gov.cn/scoresheet/taskpane.html"/>',
    );
    await expect(validate(deployed)).resolves.toEqual([]);
  });

  it('names a support page, which the build ships', () => {
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/support.html"\/>/);
    expect(readFileSync(join(root, 'src', 'taskpane', 'support.html'), 'utf8')).toContain('SupportUrl');
  });

  it('refuses what Office refuses: an empty AppDomains, elements out of order', async () => {
    const empty = manifest.replace(/(<SupportUrl[^>]*\/>)/, '$1\n  <AppDomains/>');
    expect((await validate(empty)).join('\n')).toMatch(/AppDomains.*Missing child element/);
    const misordered = manifest
      .replace(/(\s*<SupportUrl[^>]*\/>)/, '')
      .replace('</Description>', '</Description>\n  <SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
    await expect(validate(misordered)).resolves.not.toEqual([]);
  });
});
