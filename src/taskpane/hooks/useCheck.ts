import { useState } from 'react';
import { check, type Checked, type Scope, type Settings } from '../checker';
import { HostError, type WorkbookHost } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Runner } from './useRunner';

/** 检查: reads the workbook and runs the core's check; says where the tables are, or that there is none. */
export function useCheck(run: Runner['run'], settings: Settings, messages: Messages) {
  const [checked, setChecked] = useState<Checked | null>(null);

  const checkNow = (host: WorkbookHost | null, fileName: string, scope: Scope, onLocated: (tables: string[]) => void) =>
    run(
      async (step) => {
        if (!host) throw new HostError('no-file');
        const result = await check(host, settings, fileName, scope, step);
        setChecked(result);
        onLocated(result.json.tables.filter((t) => t.kind === 'score').map((t) => `${t.sheet}!${t.range}`));
        if (result.json.tables.some((t) => t.kind === 'score')) return null;
        throw new Error(
          scope ? format(messages.noTableInScope, { range: `${scope.sheet}!${scope.range}` }) : messages.noTable,
        );
      },
      { first: 'read', host: host ?? undefined },
    );

  /** The check again inside an action already under way (after a correction, its undo, 清除标注): no run of its own. */
  const refresh = async (host: WorkbookHost, fileName: string, scope: Scope, onLocated: (tables: string[]) => void) => {
    const result = await check(host, settings, fileName, scope);
    setChecked(result);
    onLocated(result.json.tables.filter((t) => t.kind === 'score').map((t) => `${t.sheet}!${t.range}`));
  };

  return { checked, check: checkNow, refresh, clear: () => setChecked(null) };
}
