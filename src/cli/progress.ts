import { truncateToWidth } from '../core/output/display-width';

const BAR = 20;

export interface ProgressOptions {
  total: number;
  write: (text: string) => void;
  /** On a terminal one line is redrawn in place; elsewhere (CI logs, files) each step is a line of its own. */
  tty: boolean;
  /** The terminal's width: a redrawn line must not wrap, or \r would redraw only its last part. */
  columns?: number;
}

/** `[#####-----] 12/30 某某街道.xlsx` */
export function progressLine(done: number, total: number, name: string): string {
  const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${name}`;
}

/** A progress bar on stderr, with lines that stay (a file that could not be checked) printed above it. */
export class Progress {
  private shown = '';

  constructor(private readonly options: ProgressOptions) {}

  /** On a terminal, the empty bar before the first file is read. */
  start(): void {
    if (this.options.tty) this.step(0, '');
  }

  /** `done` files of the total are finished, the last of them `name`. */
  step(done: number, name: string): void {
    const line = progressLine(done, this.options.total, name);
    if (!this.options.tty) {
      this.options.write(`${line}\n`);
      return;
    }
    this.shown = truncateToWidth(line, Math.max(20, (this.options.columns || 80) - 1));
    this.options.write(`\r${this.shown}\x1b[K`);
  }

  /** A line that stays in the log. */
  note(text: string): void {
    if (!this.options.tty) {
      this.options.write(`${text}\n`);
      return;
    }
    this.options.write(`\r\x1b[K${text}\n${this.shown}`);
  }

  /** Leaves the bar's last state on its own line, so what follows starts on a fresh one. */
  finish(): void {
    if (this.options.tty && this.shown !== '') this.options.write('\n');
    this.shown = '';
  }
}
