import { Button, type ButtonProps, makeStyles } from '@fluentui/react-components';
import { useRef } from 'react';

const useStyles = makeStyles({
  hidden: { display: 'none' },
});

export interface HiddenFileInputProps {
  /** The button's words in the pane's language ("选择文件…", "导入规则包…"). */
  label: string;
  /** What the input accepts (".xlsx", ".json,application/json"). */
  accept: string;
  disabled?: boolean;
  /** The file chosen; the same file chosen again is reported again. */
  onChoose: (file: File) => void;
  /** The hidden input's test id (browser tests set its files). */
  testId: string;
  appearance?: ButtonProps['appearance'];
  'aria-describedby'?: string;
}

/**
 * A Fluent button in the pane's language that opens the browser's file dialog through a hidden
 * <input type=file>: the browser's own "Choose File" control, in the browser's language, is never shown.
 */
export function HiddenFileInput({
  label,
  accept,
  disabled,
  onChoose,
  testId,
  appearance,
  'aria-describedby': describedBy,
}: HiddenFileInputProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={appearance}
        disabled={disabled}
        onClick={() => input.current?.click()}
        aria-describedby={describedBy}
      >
        {label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={accept}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // The same file chosen again must still fire a change.
          e.target.value = '';
          if (file) onChoose(file);
        }}
      />
    </>
  );
}
