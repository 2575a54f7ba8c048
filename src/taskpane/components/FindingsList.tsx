import {
  Badge,
  Body1,
  Button,
  Caption1,
  Subtitle2,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/checks/finding';
import { format, type Messages } from '../messages';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: 0,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    overflowWrap: 'anywhere',
  },
  selectable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ...createFocusOutlineStyle(),
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  meta: { color: tokens.colorNeutralForeground3 },
  correct: { alignSelf: 'flex-start', marginLeft: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXXS },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingItemsProps {
  findings: Finding[];
  messages: Messages;
  /** Selects the finding's cell (inside Excel); absent in browser mode, where the items are plain text. */
  onSelect?: (sheet: string, cell: string) => void;
  /** Applies a finding's correction (its button, "改为 47.5"); absent where nothing can be written. */
  onCorrect?: (finding: Finding) => void;
}

/** One finding per line: its message, then where it is and what was expected. Enter or a click selects the cell. */
export function FindingItems({ findings, messages, onSelect, onCorrect }: FindingItemsProps) {
  const styles = useStyles();
  // One tab stop per list; the arrow keys move within it (and Tab leaves it).
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <ul className={styles.list} {...(onSelect ? arrows : {})}>
      {findings.map((f, i) => {
        const body = (
          <>
            <Body1>{f.message}</Body1>
            <Caption1 className={styles.meta}>
              {f.sheet}!{f.cell} · {f.indicator}
              {f.expected !== null && f.expected !== undefined ? ` · ${messages.expected} ${String(f.expected)}` : ''}
              {f.actual !== null && f.actual !== undefined ? ` · ${messages.actual} ${String(f.actual)}` : ''}
            </Caption1>
          </>
        );
        const look = mergeClasses(styles.item, styles[f.severity], onSelect && styles.selectable);
        return (
          <li key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}>
            {onSelect ? (
              <button
                type="button"
                className={look}
                data-finding={f.rule}
                data-cell={`${f.sheet}!${f.cell}`}
                onClick={() => onSelect(f.sheet, f.cell)}
              >
                {body}
              </button>
            ) : (
              <div className={look} data-finding={f.rule} data-cell={`${f.sheet}!${f.cell}`}>
                {body}
              </div>
            )}
            {onCorrect && f.correction && (
              <Button
                size="small"
                appearance="primary"
                className={styles.correct}
                data-correct={`${f.correction.sheet}!${f.correction.cell}`}
                aria-label={format(messages.correctLabel, {
                  display: f.correction.display,
                  cell: `${f.correction.sheet}!${f.correction.cell}`,
                })}
                onClick={() => onCorrect(f)}
              >
                {f.correction.display}
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export interface FindingsListProps extends FindingItemsProps {
  severities: Severity[];
}

/** The findings of the given severities, a section each (错误, 警告); the arrow keys move within each. */
export function FindingsList({ findings, messages, onSelect, onCorrect, severities }: FindingsListProps) {
  const styles = useStyles();
  return (
    <div className={styles.group} data-testid="findings">
      {severities.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={messages.groups[severity]}>
            <Subtitle2 as="h2">
              {messages.groups[severity]}{' '}
              <Badge appearance="filled" color={BADGE[severity]}>
                {list.length}
              </Badge>
            </Subtitle2>
            <FindingItems findings={list} messages={messages} onSelect={onSelect} onCorrect={onCorrect} />
          </section>
        );
      })}
    </div>
  );
}
