import { useState } from 'react';
import type { Finding } from '../../core/checks/finding';
import { buildCorrectionPlan, type CorrectionPlan } from '../../core/write-plan/corrections';
import type { WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Runner } from './useRunner';

/** The cells of a plan, as the user reads them ("自评表说明!A37"). */
function cellsOf(plan: CorrectionPlan): string {
  return plan.corrections.map((c) => `${c.sheet}!${c.address}`).join('、');
}

/**
 * 改为 … and 撤销修正: a finding's correction written (nothing before the click), the applied plan kept
 * with each cell's old value so that undo puts it back exactly; the check is run again after either.
 */
export function useCorrections(
  host: WorkbookHost | null,
  run: Runner['run'],
  messages: Messages,
  recheck: () => Promise<void>,
) {
  const [applied, setApplied] = useState<CorrectionPlan | null>(null);

  const correct = host
    ? async (finding: Finding) => {
        const plan = buildCorrectionPlan([finding]);
        if (!plan.corrections.length) return;
        await run(
          async () => {
            await host.applyCorrections(plan);
            setApplied(plan);
            const changes = plan.corrections.flatMap((c) => c.changes.map((x) => `${x.from} → ${x.to}`)).join('，');
            return format(messages.corrected, { cells: cellsOf(plan), changes });
          },
          { first: 'correct' },
        );
        await recheck();
      }
    : undefined;

  /** Puts the corrected cells back; resolves whether it did (an error is shown by the runner). */
  const undo =
    host && applied
      ? async (): Promise<boolean> => {
          let done = false;
          await run(
            async () => {
              await host.undoCorrections(applied);
              setApplied(null);
              done = true;
              return format(messages.correctionUndone, { cells: cellsOf(applied) });
            },
            { first: 'correct' },
          );
          await recheck();
          return done;
        }
      : undefined;

  return { applied, correct, undo, reset: () => setApplied(null) };
}
