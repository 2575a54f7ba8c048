import { useEffect, useState } from 'react';
import type { Finding } from '../../core/checks/finding';
import type { CorrectionRecord } from '../../core/write-plan/annotation-record';
import { buildCorrectionPlan, type CorrectionPlan } from '../../core/write-plan/corrections';
import type { Checked } from '../checker';
import type { CorrectionsRestored, WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Runner } from './useRunner';

/** The cells of a plan, as the user reads them ("自评表说明!A37"). */
function cellsOf(plan: CorrectionPlan): string {
  return plan.corrections.map((c) => `${c.sheet}!${c.address}`).join('、');
}

/**
 * What putting corrections back did, in words: the cells restored, then those left alone because the
 * user changed them since (never overwritten); null when there was nothing of either.
 */
export function restoredText(
  result: CorrectionsRestored,
  messages: Messages,
  restoredTemplate = messages.correctionUndone,
): string | null {
  const parts: string[] = [];
  if (result.restored.length) parts.push(format(restoredTemplate, { cells: result.restored.join('、') }));
  if (result.kept.length) parts.push(format(messages.correctionsKept, { cells: result.kept.join('、') }));
  return parts.length ? parts.join(' ') : null;
}

/**
 * 改为 … and 撤销修正: a finding's correction written with its record in the workbook (nothing before the
 * click); 撤销修正 is offered while the workbook records corrections — after a reload of the pane too — and
 * puts every recorded cell back exactly. The check is run again after either, in the same action.
 */
export function useCorrections(
  host: WorkbookHost | null,
  checked: Checked | null,
  run: Runner['run'],
  messages: Messages,
  refresh: () => Promise<void>,
) {
  const [recorded, setRecorded] = useState<CorrectionRecord[]>([]);
  // The workbook's record as each check read it.
  useEffect(() => {
    setRecorded(checked?.recorded.corrections ?? []);
  }, [checked]);

  const correct = host
    ? async (finding: Finding) => {
        const plan = buildCorrectionPlan([finding]);
        if (!plan.corrections.length) return;
        await run(
          async () => {
            await host.applyCorrections(plan);
            await refresh();
            const changes = plan.corrections.flatMap((c) => c.changes.map((x) => `${x.from} → ${x.to}`)).join('，');
            return format(messages.corrected, { cells: cellsOf(plan), changes });
          },
          { first: 'correct' },
        );
      }
    : undefined;

  /** Puts the recorded cells back (those the user changed since stay, and are named). */
  const undo =
    host && recorded.length
      ? () =>
          run(
            async () => {
              const result = await host.undoCorrections();
              await refresh();
              return restoredText(result, messages);
            },
            { first: 'correct' },
          )
      : undefined;

  return {
    /** The corrections the workbook records (those 撤销修正 puts back). */
    recorded,
    correct,
    undo,
    /** What the workbook records, as the host read it last (the pane just opened over a workbook). */
    sync: () => setRecorded(host?.recorded().corrections ?? []),
    reset: () => setRecorded([]),
  };
}
