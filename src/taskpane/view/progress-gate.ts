/**
 * When the pane shows its progress: only for a step that has lasted over half a second, so a fast step never
 * flashes a spinner. Once shown, it stays until the action ends (the next step's name replaces the last), so
 * a long action does not blink between its steps. Pure: the timers are given, a test gives fake ones.
 */

/** How long a step runs before its name and the spinner are shown. */
export const PROGRESS_DELAY_MS = 500;

export interface Timers {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface ProgressGate {
  /** The action's state now: whether it runs, and its step (a new step restarts the wait while hidden). */
  update(busy: boolean, step: string | null): void;
  /** Stops the wait (the pane is closing). */
  dispose(): void;
}

export function createProgressGate(
  onShown: (shown: boolean) => void,
  timers: Timers = { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) },
  delayMs = PROGRESS_DELAY_MS,
): ProgressGate {
  let handle: unknown = null;
  let shown = false;
  let busyNow = false;
  let stepNow: string | null = null;
  const stop = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  const show = (value: boolean) => {
    if (value === shown) return;
    shown = value;
    onShown(value);
  };
  return {
    update(busy, step) {
      const restarted = busy && (!busyNow || step !== stepNow);
      busyNow = busy;
      stepNow = step;
      if (!busy) {
        stop();
        show(false);
        return;
      }
      if (shown || !restarted) return;
      stop();
      handle = timers.setTimeout(() => {
        handle = null;
        show(true);
      }, delayMs);
    },
    dispose: stop,
  };
}
