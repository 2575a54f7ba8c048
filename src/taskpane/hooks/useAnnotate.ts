import { useEffect, useState } from 'react';
import { annotate, writeExplanation, type Checked, type Settings } from '../checker';
import { HostError, type WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import { restoredText } from './useCorrections';
import type { Runner } from './useRunner';

/** 标注, 清除标注 and 生成说明: what they write, and whether the workbook now holds annotations. */
export function useAnnotate(
  host: WorkbookHost | null,
  checked: Checked | null,
  settings: Settings,
  run: Runner['run'],
  messages: Messages,
  refresh: () => Promise<void>,
) {
  const [annotated, setAnnotated] = useState(false);
  // The workbook's own record says whether there is anything to take out (after a reload of the pane too).
  useEffect(() => {
    if (checked) setAnnotated(checked.recorded.annotated);
  }, [checked]);
  // Part of the annotation is in the workbook: 清除标注 must be there to take it out.
  const onError = (err: unknown) => {
    if (err instanceof HostError && err.code === 'partial-write') setAnnotated(true);
  };

  const mark =
    host && checked
      ? () =>
          void run(
            async () => {
              const marks = await annotate(host, checked, settings);
              setAnnotated(true);
              return format(messages.annotated, { marks });
            },
            { first: 'write', onError },
          )
      : undefined;

  const clean =
    host && annotated
      ? () =>
          void run(
            async () => {
              const cleaned = await host.clean();
              setAnnotated(false);
              const said = cleaned.notesRestored ? messages.cleaned : messages.cleanedFillsOnly;
              // Corrected cells were put back (or left, changed since): the findings are those of the workbook now.
              if (cleaned.restored.length || cleaned.kept.length) await refresh();
              const corrections = restoredText(cleaned, messages, messages.correctionsRestored);
              return corrections ? `${said} ${corrections}` : said;
            },
            { first: 'clean' },
          )
      : undefined;

  const explain =
    host && checked
      ? () =>
          void run(
            async () => {
              // After 标注 the full plan again (a plan is the whole annotation), else the explanation alone.
              if (annotated) await annotate(host, checked, settings);
              else await writeExplanation(host, checked, settings);
              return messages.explained;
            },
            { first: 'write', onError },
          )
      : undefined;

  return {
    annotated,
    sync: (now: boolean) => setAnnotated(now),
    reset: () => setAnnotated(false),
    mark,
    clean,
    explain,
  };
}
