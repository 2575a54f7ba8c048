import { Badge, Body1, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/checks/finding';
import type { Messages } from '../messages';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  meta: { color: tokens.colorNeutralForeground3 },
});

const ORDER: Severity[] = ['error', 'warning', 'info'];
const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface FindingsListProps {
  findings: Finding[];
  messages: Messages;
  onSelect?: (finding: Finding) => void;
}

/** Findings grouped 错误 / 警告 / 提示; clicking one selects its cell in Excel. */
export function FindingsList({ findings, messages, onSelect }: FindingsListProps) {
  const styles = useStyles();
  return (
    <>
      {ORDER.map((severity) => {
        const list = findings.filter((f) => f.severity === severity);
        if (list.length === 0) return null;
        return (
          <section key={severity} className={styles.group} aria-label={messages.groups[severity]}>
            <Subtitle2 as="h2">
              {messages.groups[severity]} <Badge appearance="filled" color={BADGE[severity]}>{list.length}</Badge>
            </Subtitle2>
            {list.map((f, i) => (
              <div
                key={`${f.rule}-${f.sheet}-${f.cell}-${i}`}
                className={`${styles.item} ${styles[severity]}`}
                role="button"
                tabIndex={0}
                data-finding={f.rule}
                onClick={() => onSelect?.(f)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onSelect?.(f)}
              >
                <Body1>{f.message}</Body1>
                <Caption1 className={styles.meta}>
                  {f.sheet}!{f.cell} · {f.indicator}
                  {f.expected !== null && f.expected !== undefined ? ` · ${messages.expected} ${String(f.expected)}` : ''}
                  {f.actual !== null && f.actual !== undefined ? ` · ${messages.actual} ${String(f.actual)}` : ''}
                </Caption1>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
