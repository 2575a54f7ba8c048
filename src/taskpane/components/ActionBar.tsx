import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../messages';

const useStyles = makeStyles({ root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

/** Each action, or undefined where it cannot run now (no workbook, nothing checked, nothing annotated). */
export interface Actions {
  check?: () => void;
  mark?: () => void;
  clean?: () => void;
  explain?: () => void;
  word?: () => void;
  /** Offered by hosts that can give the workbook back (files). */
  workbook?: { enabled: boolean; run: () => void };
}

export interface ActionBarProps {
  messages: Messages;
  busy: boolean;
  actions: Actions;
}

/** 检查 · 标注 · 清除标注 · 生成说明 · 下载 Word (· 下载标注后的工作簿): wraps at any width. */
export function ActionBar({ messages, busy, actions }: ActionBarProps) {
  const styles = useStyles();
  const { check, mark, clean, explain, word, workbook } = actions;
  return (
    <div className={styles.root} role="group" aria-label={messages.title}>
      <Button appearance="primary" disabled={busy || !check} onClick={check}>
        {messages.checkButton}
      </Button>
      <Button disabled={busy || !mark} onClick={mark}>
        {messages.annotateButton}
      </Button>
      <Button disabled={busy || !clean} onClick={clean}>
        {messages.cleanButton}
      </Button>
      <Button disabled={busy || !explain} onClick={explain}>
        {messages.explainButton}
      </Button>
      <Button disabled={busy || !word} onClick={word}>
        {messages.wordButton}
      </Button>
      {workbook && (
        <Button disabled={busy || !workbook.enabled} onClick={workbook.run}>
          {messages.workbookButton}
        </Button>
      )}
    </div>
  );
}
