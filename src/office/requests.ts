import type { ExcelContext } from './excel-types';
import { PartialWriteError } from './errors';

/**
 * Requests within the payload budget. Excel on the web refuses a request (and a response) over 5 MB, so
 * everything the adapter queues is sized before it is sent: each write or look-up is a Job with the bytes
 * it adds to its request (the JSON of its actions, measured on the simulated host's RichApi-shaped
 * requests), and jobs go in requests of at most `budget` bytes, in order.
 */

export type Stats = { syncs: number };

/** A queued write or look-up; `bytes` estimates what it adds to its request. */
export interface Job {
  bytes: number;
  run: () => void;
}

/** Estimated request bytes of a queued property write or call, and of a call that returns an object. */
export const OP = 110;
export const PATH = 160;
/** A note looked at: getItemOrNullObject (an object path) and its load (about 285 bytes in the fake). */
export const NOTE_LOOKUP = PATH + OP + 20;
/** Estimated bytes per request of writes by default: Excel on the web refuses 5 MB. */
export const REQUEST_BUDGET = 4_500_000;

/** UTF-8 length of a string (Chinese text is three bytes a character). */
export function utf8(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export const jsonBytes = (v: unknown): number => utf8(JSON.stringify(v) ?? '');

/** Jobs packed into requests: as many as fit the budget in each, in order (a job over it goes alone). */
export function pack<T extends Job>(jobs: T[], budget: number, first = 0): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let bytes = first;
  for (const job of jobs) {
    if (current.length && bytes + job.bytes > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += job.bytes;
  }
  if (current.length) out.push(current);
  return out;
}

/** A write that failed in request `request`: what the requests before it (and part of it) did stays. */
export class SendError extends Error {
  constructor(
    readonly reason: unknown,
    readonly request: number,
  ) {
    super(`request ${request} failed: ${String((reason as Error)?.message ?? reason)}`);
    this.name = 'SendError';
  }
}

/**
 * Sends the writes: one request (one sync) unless they exceed the budget. A loop of syncs, deliberately:
 * Excel on the web refuses requests over 5 MB outright. Screen updating is suspended once, for the first
 * request (the docs: do not call it in a loop; it flickers). A failure is a SendError: Excel does not roll
 * a batch back, so what ran before the failing operation stays in the workbook.
 */
export async function send(context: ExcelContext, jobs: Job[], budget: number, stats: Stats): Promise<void> {
  const requests = pack(jobs, budget);
  for (const [i, request] of requests.entries()) {
    if (i === 0) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const job of request) job.run();
    stats.syncs++;
    try {
      // One request after the other: each must have succeeded before the next is sent.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (err) {
      throw new SendError(err, i + 1);
    }
  }
}

/** The writes; a failed request means a partial write (Excel keeps what ran before the failure). */
export async function sendOrPartial(
  context: ExcelContext,
  jobs: Job[],
  budget: number,
  stats: Stats,
  operation: 'apply' | 'remove',
): Promise<void> {
  try {
    await send(context, jobs, budget, stats);
  } catch (err) {
    if (err instanceof SendError) throw new PartialWriteError(operation, err.reason, err.request);
    throw err;
  }
}
