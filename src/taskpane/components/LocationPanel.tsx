import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Scope } from '../checker';
import { format, type Messages } from '../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface LocationPanelProps {
  messages: Messages;
  busy: boolean;
  /** Where the score tables were found ("自评表!A3:J6"). */
  located: string[];
  scope: Scope;
  /** Looks in the selected range (inside Excel only). */
  onUseSelection?: () => void;
  onFindAnywhere: () => void;
}

/** Where the score tables are, and where the pane was told to look. */
export function LocationPanel({ messages, busy, located, scope, onUseSelection, onFindAnywhere }: LocationPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root} data-testid="location">
      {located.map((range) => (
        <Body1 key={range}>{format(messages.foundTable, { range })}</Body1>
      ))}
      {scope && <Body1 data-testid="scope">{format(messages.scope, { range: `${scope.sheet}!${scope.range}` })}</Body1>}
      {onUseSelection && (
        <div className={styles.actions}>
          <Button size="small" disabled={busy} onClick={onUseSelection}>
            {messages.useSelection}
          </Button>
          {scope && (
            <Button size="small" disabled={busy} onClick={onFindAnywhere}>
              {messages.findAnywhere}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
