import {
  Badge,
  Button,
  Caption1,
  Tree,
  TreeItem,
  TreeItemLayout,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Severity } from '../../core/checks/finding';
import { format, type Messages } from '../messages';
import type { TreeRow } from '../view/score-view';

const useStyles = makeStyles({
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    padding: `0 ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
  },
  main: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0, display: 'flex', flexDirection: 'column' },
  figures: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  short: { color: tokens.colorPaletteRedForeground1 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface ScoreTreeProps {
  rows: TreeRow[];
  messages: Messages;
  /** Selects a leaf's cell (inside Excel); absent in browser mode. */
  onSelect?: (sheet: string, cell: string) => void;
  /** Opens the rule editor on a leaf (its TreeRow.id). */
  onSetRule?: (row: string) => void;
}

function allGroups(rows: TreeRow[]): string[] {
  return rows.flatMap((r) => (r.children.length ? [r.id, ...allGroups(r.children)] : []));
}

function Row({
  row,
  messages,
  onSelect,
  onSetRule,
}: {
  row: TreeRow;
  messages: Messages;
  onSelect?: ScoreTreeProps['onSelect'];
  onSetRule?: ScoreTreeProps['onSetRule'];
}) {
  const styles = useStyles();
  const problems = row.findings.filter((f) => f.rule !== 'deduction' && f.rule !== 'rule-not-verified');
  const aside = (
    <span className={styles.figures}>
      {row.score ?? '—'} / {row.points ?? '—'}
    </span>
  );
  const marker = row.worst && row.worst !== 'info' && (
    <Badge size="small" appearance="filled" color={BADGE[row.worst]} aria-hidden="true">
      {row.children.length ? '!' : problems.length}
    </Badge>
  );
  const main = (
    <span className={styles.main}>
      <span>{row.name}</span>
      {row.deducted && <Caption1 className={styles.short}>{format(messages.deducted, { n: row.deducted })}</Caption1>}
      {problems.length > 0 && (
        <span className={styles.hidden}>{format(messages.rowFindings, { count: problems.length })}</span>
      )}
    </span>
  );
  if (row.children.length) {
    return (
      <TreeItem itemType="branch" value={row.id} data-row={row.name}>
        <TreeItemLayout aside={aside} iconBefore={marker || undefined}>
          {main}
        </TreeItemLayout>
        <Tree>
          {row.children.map((child) => (
            <Row key={child.id} row={child} messages={messages} onSelect={onSelect} onSetRule={onSetRule} />
          ))}
        </Tree>
      </TreeItem>
    );
  }
  const cell = row.cell;
  return (
    <TreeItem
      itemType="leaf"
      value={row.id}
      data-row={row.name}
      data-worst={row.worst ?? undefined}
      data-deducted={row.deducted ?? undefined}
      onClick={onSelect && cell ? () => onSelect(row.sheet, cell) : undefined}
    >
      <TreeItemLayout
        aside={aside}
        iconBefore={marker || undefined}
        actions={
          onSetRule ? (
            <Button
              size="small"
              appearance="subtle"
              aria-label={format(messages.ruleEditor.forRow, { name: row.name })}
              onClick={(e) => {
                e.stopPropagation();
                onSetRule(row.id);
              }}
            >
              {messages.setRules}
            </Button>
          ) : undefined
        }
      >
        {main}
      </TreeItemLayout>
    </TreeItem>
  );
}

/** The score table as a tree (一级 → 二级 → 三级), 得分 / 分值 on each row, shortfalls and findings marked. */
export function ScoreTree({ rows, messages, onSelect, onSetRule }: ScoreTreeProps) {
  const styles = useStyles();
  return (
    <div data-testid="score-tree">
      <Caption1 className={styles.head} aria-hidden="true">
        <span>{messages.tree}</span>
        <span>
          {messages.score} / {messages.points}
        </span>
      </Caption1>
      <Tree aria-label={messages.tree} size="small" defaultOpenItems={allGroups(rows)}>
        {rows.map((row) => (
          <Row key={row.id} row={row} messages={messages} onSelect={onSelect} onSetRule={onSetRule} />
        ))}
      </Tree>
    </div>
  );
}
