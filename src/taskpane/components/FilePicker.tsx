import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import type { Messages } from '../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
});

export interface FilePickerProps {
  messages: Messages;
  /** The chosen file's name, or null before one is chosen. */
  fileName: string | null;
  disabled: boolean;
  onChoose: (file: File) => void;
}

/** The browser mode's file picker in the pane's language: a button opening a hidden file input, and the name chosen. */
export function FilePicker({ messages, fileName, disabled, onChoose }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  return (
    <div className={styles.root} role="group" aria-label={messages.chooseFile}>
      <Button disabled={disabled} onClick={() => input.current?.click()} aria-describedby={nameId}>
        {messages.chooseFileButton}
      </Button>
      <Body1 id={nameId} className={styles.name} data-testid="file-name" aria-live="polite">
        {fileName ?? messages.noFileChosen}
      </Body1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          // The same file chosen again must still fire a change.
          e.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </div>
  );
}
