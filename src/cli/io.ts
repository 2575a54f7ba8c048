/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** A batch redraws its progress bar in place on a terminal, and writes a line per file elsewhere. */
  stderrIsTTY?: boolean;
  stderrColumns?: number;
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
  get stderrColumns() {
    return process.stderr.columns;
  },
};
