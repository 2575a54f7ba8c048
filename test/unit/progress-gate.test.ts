import { createProgressGate, PROGRESS_DELAY_MS } from '../../src/taskpane/view/progress-gate';

/**
 * The pane's progress is shown only for a step lasting over half a second. Jest's fake clock moves time:
 * nothing here depends on how fast the machine is.
 */

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function gate() {
  const seen: boolean[] = [];
  const g = createProgressGate((shown) => seen.push(shown), {
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  });
  return { g, seen };
}

it('shows nothing for a fast step: no flash', () => {
  const { g, seen } = gate();
  g.update(true, 'check');
  jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
  g.update(false, null);
  jest.advanceTimersByTime(10 * PROGRESS_DELAY_MS);
  expect(seen).toEqual([]);
});

it('shows a step that lasts over half a second, and hides it when the action ends', () => {
  const { g, seen } = gate();
  g.update(true, 'read');
  jest.advanceTimersByTime(PROGRESS_DELAY_MS);
  expect(seen).toEqual([true]);
  g.update(false, null);
  expect(seen).toEqual([true, false]);
});

it('waits again for each new step while hidden: three fast steps in a row show nothing', () => {
  const { g, seen } = gate();
  g.update(true, 'read');
  jest.advanceTimersByTime(400);
  g.update(true, 'check');
  jest.advanceTimersByTime(400);
  g.update(true, 'write');
  jest.advanceTimersByTime(400);
  g.update(false, null);
  jest.advanceTimersByTime(PROGRESS_DELAY_MS);
  expect(seen).toEqual([]);
});

it('once shown, stays through the next steps without blinking, until the action ends', () => {
  const { g, seen } = gate();
  g.update(true, 'read');
  jest.advanceTimersByTime(600);
  g.update(true, 'check');
  g.update(true, 'write');
  jest.advanceTimersByTime(100);
  expect(seen).toEqual([true]);
  g.update(false, null);
  // The next action waits anew.
  g.update(true, 'clean');
  jest.advanceTimersByTime(PROGRESS_DELAY_MS - 1);
  expect(seen).toEqual([true, false]);
  jest.advanceTimersByTime(1);
  expect(seen).toEqual([true, false, true]);
});

it('a re-render with the same step does not restart the wait', () => {
  const { g, seen } = gate();
  g.update(true, 'read');
  jest.advanceTimersByTime(300);
  g.update(true, 'read');
  jest.advanceTimersByTime(200);
  expect(seen).toEqual([true]);
});

it('says nothing after it is disposed', () => {
  const { g, seen } = gate();
  g.update(true, 'read');
  g.dispose();
  jest.advanceTimersByTime(10 * PROGRESS_DELAY_MS);
  expect(seen).toEqual([]);
});
