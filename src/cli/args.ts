import { type Lang, isLang, t } from '../core/i18n/catalogue';
import { CheckError } from './check-error';

export type Command = 'check' | 'annotate' | 'report' | 'clean';
const COMMANDS: Command[] = ['check', 'annotate', 'report', 'clean'];

export interface CheckArgs {
  command: Command;
  /** -o / --output: where annotate, report and clean write. */
  output?: string;
  files: string[];
  /** check only: the batch summary workbook to write (files and folders alike go into it). */
  summary?: string;
  json: boolean;
  sheet?: string;
  tolerance?: number;
  rules?: string;
  lang: Lang;
}

export type Args = CheckArgs | { command: 'help'; lang: Lang };

/**
 * Parses `check FILE [--json] [--sheet NAME] [--tolerance X] [--rules NAME|FILE] [--lang zh-CN|en-US]`,
 * `check DIR|FILE… [--summary OUT.xlsx] [same options]` and `annotate|report|clean FILE -o OUT`.
 */
export function parseArgs(argv: string[]): Args {
  let lang: Lang = 'zh-CN';
  const langAt = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (langAt >= 0) {
    const value = argv[langAt].includes('=') ? argv[langAt].split('=')[1] : argv[langAt + 1];
    if (value === undefined || !isLang(value)) throw new CheckError('bad-option', t(lang, 'cli.bad-option', { detail: `--lang ${value ?? ''}（zh-CN | en-US）` }));
    lang = value;
  }
  const bad = (detail: string) => new CheckError('bad-option', t(lang, 'cli.bad-option', { detail }));
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help', lang };
  if (!COMMANDS.includes(command as Command)) throw bad(command);
  const args: CheckArgs = { command: command as Command, files: [], json: false, lang };
  for (let i = 0; i < rest.length; i++) {
    const [flag, inline] = rest[i].startsWith('--') && rest[i].includes('=') ? rest[i].split(/=(.*)/s) : [rest[i], undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw bad(`${flag}`);
      return v;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--sheet') args.sheet = value();
    else if (flag === '--rules') args.rules = value();
    else if (flag === '-o' || flag === '--output') args.output = value();
    else if (flag === '--summary') args.summary = value();
    else if (flag === '--tolerance') {
      const v = value();
      const n = Number(v);
      if (!Number.isFinite(n) || n < 0) throw bad(`--tolerance ${v}`);
      args.tolerance = n;
    } else if (flag === '--lang') value();
    else if (flag.startsWith('-') && flag !== '-') throw bad(flag);
    else args.files.push(flag);
  }
  if (args.files.length === 0) throw bad('FILE');
  // Only check takes several files (a batch); the write commands work on one.
  if (args.command !== 'check' && args.files.length > 1) throw bad(args.files.slice(1).join(' '));
  if (args.command !== 'check' && args.summary !== undefined) throw bad(`${args.command} --summary`);
  if (args.command !== 'check' && !args.output) throw bad(`${args.command} … -o OUT`);
  return args;
}
