import { type ParseArgsConfig, parseArgs as parseOptions } from 'node:util';
import { type Lang, isLang, t } from '../core/i18n/catalogue';
import { CheckError } from './check-error';

export type Command = 'check' | 'annotate' | 'report' | 'clean' | 'fix' | 'rules';
const COMMANDS: Command[] = ['check', 'annotate', 'report', 'clean', 'fix', 'rules'];

export interface CheckArgs {
  command: Command;
  /** -o / --output: where annotate, report, clean and fix write. */
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

/** The options, as util.parseArgs takes them; --tolerance is a string here and checked below. */
const OPTIONS = {
  json: { type: 'boolean' },
  sheet: { type: 'string' },
  tolerance: { type: 'string' },
  rules: { type: 'string' },
  output: { type: 'string', short: 'o' },
  summary: { type: 'string' },
  lang: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

type OptionName = keyof typeof OPTIONS;
const isOption = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);

/**
 * Parses `check FILE [--json] [--sheet NAME] [--tolerance X] [--rules NAME|FILE] [--lang zh-CN|en-US]`,
 * `check DIR|FILE… [--summary OUT.xlsx] [same options]` and `annotate|report|clean|fix FILE -o OUT`.
 * util.parseArgs splits the words into tokens; which of them are accepted, and the errors, are ours (in the
 * user's language, naming the word as it was typed). An option's value may start with "-" (`--tolerance -1`
 * is refused for its value, not as an unknown option). Accepted: --name, --name=value and -o VALUE; refused:
 * short options run together or with their value attached (-jx, -oOUT), and "--".
 */
export function parseArgs(argv: string[]): Args {
  const { tokens } = parseOptions({
    args: argv,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  let lang: Lang = 'zh-CN';
  const langToken = tokens.find((tk) => tk.kind === 'option' && tk.name === 'lang');
  if (langToken?.kind === 'option') {
    const value = langToken.value;
    if (value === undefined || !isLang(value))
      throw new CheckError(
        'bad-option',
        t(lang, 'cli.bad-option', { detail: `--lang ${value ?? ''}（zh-CN | en-US）` }),
      );
    lang = value;
  }
  const bad = (detail: string) => new CheckError('bad-option', t(lang, 'cli.bad-option', { detail }));
  const command = argv[0];
  if (command === undefined || command === 'help' || command === '--help' || command === '-h')
    return { command: 'help', lang };
  if (!COMMANDS.includes(command as Command)) throw bad(command);
  const args: CheckArgs = { command: command as Command, files: [], json: false, lang };
  for (const token of tokens) {
    if (token.index === 0) continue; // the command
    if (token.kind === 'positional') {
      args.files.push(token.value);
      continue;
    }
    const word = argv[token.index];
    const typed = word.startsWith('--') ? word.split('=')[0] : word;
    if (token.kind === 'option-terminator' || !isOption(token.name) || typed !== token.rawName) throw bad(typed);
    const name = token.name;
    if (name === 'json') {
      args.json = true;
      continue;
    }
    const value = token.value;
    if (value === undefined) throw bad(token.rawName);
    if (name === 'tolerance') {
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0) throw bad(`--tolerance ${value}`);
      args.tolerance = n;
    } else if (name !== 'lang') args[name] = value;
  }
  if (args.files.length === 0) throw bad('FILE');
  // Only check takes several files (a batch); the write commands work on one. `rules` counts its own words (rules-command.ts).
  if (args.command !== 'check' && args.command !== 'rules' && args.files.length > 1)
    throw bad(args.files.slice(1).join(' '));
  if (args.command !== 'check' && args.summary !== undefined) throw bad(`${args.command} --summary`);
  if (args.command !== 'check' && !args.output) throw bad(`${args.command} … -o OUT`);
  return args;
}
