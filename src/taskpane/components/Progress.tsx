import { Spinner } from '@fluentui/react-components';
import type { Messages, Step } from '../messages';

export interface ProgressProps {
  busy: boolean;
  step: Step | null;
  messages: Messages;
}

/** What the pane is doing, named ("读取工作簿", "检查", "写入标注"), while an action runs. */
export function Progress({ busy, step, messages }: ProgressProps) {
  return (
    <div role="status" aria-live="polite" data-testid="progress" data-step={busy ? (step ?? '') : undefined}>
      {busy && (
        <Spinner size="tiny" labelPosition="after" label={step ? `${messages.steps[step]}…` : messages.working} />
      )}
    </div>
  );
}
