import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * The manifest's structure, checked offline (the office-addin-manifest validator posts to a Microsoft
 * service, which this network cannot reach): well-formed XML, the elements Office requires, every resid
 * defined, every URL https, every icon a file that exists, zh-CN by default with en-US overrides.
 */
interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: false });
  const root: Node = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const node: Node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  return root.children[0];
}

function all(node: Node, name: string): Node[] {
  return [...(node.name === name ? [node] : []), ...node.children.flatMap((c) => all(c, name))];
}

function one(node: Node, name: string): Node {
  const found = all(node, name);
  expect(found.length).toBeGreaterThan(0);
  return found[0];
}

const root = join(__dirname, '..');
const manifest = parse(readFileSync(join(root, 'manifest.xml'), 'utf8'));

describe('manifest.xml', () => {
  it('is a task pane add-in for Excel workbooks with a stable id and version', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(one(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one(manifest, 'Version').text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all(one(manifest, 'Hosts'), 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(one(manifest, 'Permissions').text).toBe('ReadWriteDocument');
  });

  it('is Chinese by default with an English override for every name and string', () => {
    expect(one(manifest, 'DefaultLocale').text).toBe('zh-CN');
    for (const el of [one(manifest, 'DisplayName'), one(manifest, 'Description'), ...all(manifest, 'bt:String')]) {
      expect(el.attributes.DefaultValue).toMatch(/[\u4e00-\u9fa5]/);
      expect(all(el, el.name === 'bt:String' ? 'bt:Override' : 'Override').map((o) => o.attributes.Locale)).toContain(
        'en-US',
      );
    }
  });

  it('asks for the ExcelApi version the reading path needs', () => {
    const set = all(one(manifest, 'Requirements'), 'Set').find((s) => s.attributes.Name === 'ExcelApi');
    expect(Number(set?.attributes.MinVersion)).toBeGreaterThanOrEqual(1.4);
  });

  it('defines every resid it uses, and puts a 绩效自评 group with a pane button on the Home tab', () => {
    const ids = new Set(
      all(manifest, 'bt:Image')
        .concat(all(manifest, 'bt:Url'), all(manifest, 'bt:String'))
        .map((n) => n.attributes.id)
        .filter(Boolean),
    );
    const used = (function collect(n: Node): string[] {
      return [...(n.attributes.resid ? [n.attributes.resid] : []), ...n.children.flatMap(collect)];
    })(manifest);
    expect(used.length).toBeGreaterThan(5);
    for (const id of used) expect(ids).toContain(id);
    const tab = one(manifest, 'OfficeTab');
    expect(tab.attributes.id).toBe('TabHome');
    const group = one(tab, 'Group');
    const label = all(manifest, 'bt:String').find((s) => s.attributes.id === one(group, 'Label').attributes.resid);
    expect(label?.attributes.DefaultValue).toBe('绩效自评');
    expect(one(group, 'Action').attributes['xsi:type']).toBe('ShowTaskpane');
  });

  it('uses https everywhere and ships every icon it names (16, 32, 64, 80 px)', () => {
    const urls = [
      one(manifest, 'IconUrl').attributes.DefaultValue,
      one(manifest, 'HighResolutionIconUrl').attributes.DefaultValue,
      one(manifest, 'SourceLocation').attributes.DefaultValue,
      ...all(manifest, 'bt:Url').map((u) => u.attributes.DefaultValue),
      ...all(manifest, 'bt:Image')
        .filter((u) => u.attributes.id)
        .map((u) => u.attributes.DefaultValue),
    ];
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    const icons = urls.filter((u) => u.endsWith('.png')).map((u) => u.replace(/^https:\/\/[^/]+\//, ''));
    for (const size of [16, 32, 64, 80]) expect(icons).toContain(`assets/icon-${size}.png`);
    for (const icon of icons) {
      const file = join(root, icon);
      expect(existsSync(file)).toBe(true);
      // A PNG, of the size its name says.
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      const size = Number(/icon-(\d+)\.png$/.exec(icon)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
