import { Body1, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding } from '../../core/checks/finding';
import type { Checked } from '../checker';
import { format, type Messages } from '../messages';
import { findingsFor, paneView } from '../view/score-view';
import { FindingsList } from './FindingsList';
import { NotesFold } from './NotesFold';
import { ScoreTree } from './ScoreTree';
import { TablePicker } from './TablePicker';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface ResultsProps {
  checked: Checked;
  messages: Messages;
  onSelect?: (sheet: string, cell: string) => void;
  onSetRules?: () => void;
  /** Opens the rule editor on one leaf of the tree (its TreeRow.id). */
  onSetRule?: (row: string) => void;
  /** Applies a finding's correction. */
  onCorrect?: (finding: Finding) => void;
}

/**
 * A check at a glance: the chosen table's total, its tree, then its 错误 and 警告, the 提示 folded. With
 * several score tables, a picker names each; findings of no table (the explanation text) go with every one.
 */
export function Results({ checked, messages, onSelect, onSetRules, onSetRule, onCorrect }: ResultsProps) {
  const styles = useStyles();
  const view = useMemo(() => paneView(checked.result), [checked]);
  const [chosen, setChosen] = useState(0);
  const table = view.tables.find((t) => t.index === chosen) ?? view.tables[0];
  const findings = findingsFor(checked.result, view, table ? table.index : null);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return (
    <div className={styles.root}>
      {view.tables.length > 1 && table && (
        <TablePicker tables={view.tables} chosen={table.index} messages={messages} onChoose={setChosen} />
      )}
      <div className={styles.summary} data-testid="summary">
        {table && table.form !== 'targets' && (
          <Subtitle1 as="h2">
            {format(messages.total, {
              score: table.total.score ?? '?',
              points: table.total.points ?? '?',
              count: table.indicators,
            })}
          </Subtitle1>
        )}
        <Body1>{format(messages.counts, counts)}</Body1>
      </div>
      {table && (
        <ScoreTree key={table.index} rows={table.rows} messages={messages} onSelect={onSelect} onSetRule={onSetRule} />
      )}
      <FindingsList
        findings={findings}
        severities={['error', 'warning']}
        messages={messages}
        onSelect={onSelect}
        onCorrect={onCorrect}
      />
      {counts.error + counts.warning === 0 && <Body1>{messages.noProblems}</Body1>}
      <NotesFold
        notes={findings.filter((f) => f.severity === 'info')}
        messages={messages}
        onSelect={onSelect}
        onSetRules={onSetRules}
      />
    </div>
  );
}
