import { useState } from 'react';
import { findScoreTables, type Scope } from '../checker';
import type { WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Runner } from './useRunner';

/**
 * Where the score tables are ("自评表!A3:J6"), found before any check, anywhere or in the user's selection.
 * A new place to look makes the last check stale: `onMoved` clears it.
 */
export function useLocate(host: WorkbookHost | null, run: Runner['run'], messages: Messages, onMoved: () => void) {
  const [located, setLocated] = useState<string[] | null>(null);
  const [scope, setScope] = useState<Scope>(null);

  const locate = (next: Scope) =>
    run(
      async (step) => {
        if (!host) return null;
        await step('read');
        const found = await findScoreTables(host, next);
        if (next && found.length === 0)
          throw new Error(format(messages.noTableInScope, { range: `${next.sheet}!${next.range}` }));
        setScope(next);
        setLocated(found);
        onMoved();
        return found.length ? null : messages.noTable;
      },
      { first: 'read' },
    );

  /** Looks in the range selected in Excel, where the host can tell it. */
  const select = host?.selection?.bind(host);
  const fromSelection = select
    ? () => {
        void select().then(
          (sel) => locate(sel),
          (err: unknown) => run(() => Promise.reject(err)),
        );
      }
    : undefined;

  return { located, setLocated, scope, locate, fromSelection, anywhere: () => void locate(null) };
}
