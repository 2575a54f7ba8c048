import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Messages } from '../messages';
import { HiddenFileInput } from './HiddenFileInput';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
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
  const nameId = useId();
  return (
    <div className={styles.root} role="group" aria-label={messages.chooseFile}>
      <HiddenFileInput
        label={messages.chooseFileButton}
        accept=".xlsx"
        disabled={disabled}
        onChoose={onChoose}
        testId="file-input"
        aria-describedby={nameId}
      />
      <Body1 id={nameId} className={styles.name} data-testid="file-name" aria-live="polite">
        {fileName ?? messages.noFileChosen}
      </Body1>
    </div>
  );
}
