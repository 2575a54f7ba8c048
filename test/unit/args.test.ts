import { parseArgs } from '../../src/cli/args';
import { CheckError } from '../../src/cli/check-error';

/** What parseArgs makes of argv: the parsed options, or the error's code and message. */
function outcome(argv: string[]): unknown {
  try {
    return parseArgs(argv);
  } catch (err) {
    if (err instanceof CheckError) return { error: err.code, message: err.message };
    throw err;
  }
}

const zh = (detail: string) => ({ error: 'bad-option', message: `参数有误：${detail}` });
const en = (detail: string) => ({ error: 'bad-option', message: `Bad option: ${detail}` });
const check = (rest: object) => ({ command: 'check', files: ['a.xlsx'], json: false, lang: 'zh-CN', ...rest });

describe('CLI options', () => {
  it.each<[string[], unknown]>([
    [[], { command: 'help', lang: 'zh-CN' }],
    [['help'], { command: 'help', lang: 'zh-CN' }],
    [['--help'], { command: 'help', lang: 'zh-CN' }],
    [['-h', '--lang', 'en-US'], { command: 'help', lang: 'en-US' }],
    [['check', 'a.xlsx'], check({})],
    [['check', 'a.xlsx', '--json'], check({ json: true })],
    [['check', '--json', 'a.xlsx', '--sheet', '自评表'], check({ json: true, sheet: '自评表' })],
    [['check', 'a.xlsx', '--sheet=自评表'], check({ sheet: '自评表' })],
    [['check', 'a.xlsx', '--sheet='], check({ sheet: '' })],
    [['check', 'a.xlsx', '--sheet=a=b'], check({ sheet: 'a=b' })],
    [['check', 'a.xlsx', '--sheet', '-x'], check({ sheet: '-x' })],
    [['check', 'a.xlsx', '--tolerance', '0.5'], check({ tolerance: 0.5 })],
    [['check', 'a.xlsx', '--tolerance=0'], check({ tolerance: 0 })],
    [['check', 'a.xlsx', '--rules', 'generic'], check({ rules: 'generic' })],
    [['check', 'a.xlsx', '--lang', 'en-US'], check({ lang: 'en-US' })],
    [['check', '--lang=en-US', 'a.xlsx'], check({ lang: 'en-US' })],
    [['check', 'a.xlsx', '--lang', 'en-US', '--lang', 'zh-CN'], check({ lang: 'en-US' })],
    [
      ['check', 'a.xlsx', 'b.xlsx', '--summary', 'out.xlsx'],
      check({ files: ['a.xlsx', 'b.xlsx'], summary: 'out.xlsx' }),
    ],
    [['check', '-'], check({ files: ['-'] })],
    [
      ['annotate', 'a.xlsx', '-o', 'b.xlsx'],
      { command: 'annotate', files: ['a.xlsx'], json: false, lang: 'zh-CN', output: 'b.xlsx' },
    ],
    [
      ['report', 'a.xlsx', '--output', 'r.md'],
      { command: 'report', files: ['a.xlsx'], json: false, lang: 'zh-CN', output: 'r.md' },
    ],
    [
      ['clean', '--output=c.xlsx', 'a.xlsx'],
      { command: 'clean', files: ['a.xlsx'], json: false, lang: 'zh-CN', output: 'c.xlsx' },
    ],
    [['check', 'a.xlsx', '--json=yes'], check({ json: true })],
  ])('%j parses', (argv, expected) => {
    expect(outcome(argv)).toEqual(expected);
  });

  it.each<[string[], unknown]>([
    [['frobnicate'], zh('frobnicate')],
    [['--lang', 'en-US', 'check'], en('--lang')],
    [['check'], zh('FILE')],
    [['check', '--json'], zh('FILE')],
    [['check', 'a.xlsx', '--tolerance', 'abc'], zh('--tolerance abc')],
    [['check', 'a.xlsx', '--tolerance', '-1'], zh('--tolerance -1')],
    [['check', 'a.xlsx', '--tolerance=Infinity'], zh('--tolerance Infinity')],
    [['check', 'a.xlsx', '--tolerance'], zh('--tolerance')],
    [['check', 'a.xlsx', '--sheet'], zh('--sheet')],
    [['annotate', 'a.xlsx', '-o'], zh('-o')],
    [['check', 'a.xlsx', '--lang'], zh('--lang （zh-CN | en-US）')],
    [['check', 'a.xlsx', '--lang', 'fr'], zh('--lang fr（zh-CN | en-US）')],
    [['check', 'a.xlsx', '--lang=de'], zh('--lang de（zh-CN | en-US）')],
    [['check', 'a.xlsx', '--verbose'], zh('--verbose')],
    [['check', 'a.xlsx', '--verbose=1', '--lang', 'en-US'], en('--verbose')],
    [['check', 'a.xlsx', '-x'], zh('-x')],
    [['check', 'a.xlsx', '-jx'], zh('-jx')],
    [['annotate', 'a.xlsx', '-ob.xlsx'], zh('-ob.xlsx')],
    [['check', 'a.xlsx', '-h'], zh('-h')],
    [['check', 'a.xlsx', '--help'], zh('--help')],
    [['check', 'a.xlsx', '--', 'b.xlsx'], zh('--')],
    [['annotate', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], zh('b.xlsx')],
    [['annotate', 'a.xlsx', 'b.xlsx', 'c.xlsx', '-o', 'd.xlsx'], zh('b.xlsx c.xlsx')],
    [['report', 'a.xlsx', '--summary', 's.xlsx', '-o', 'r.md'], zh('report --summary')],
    [['clean', 'a.xlsx'], zh('clean … -o OUT')],
    [['annotate', 'a.xlsx', '--output='], zh('annotate … -o OUT')],
  ])('%j is refused', (argv, expected) => {
    expect(outcome(argv)).toEqual(expected);
  });
});
