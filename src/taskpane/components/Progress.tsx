import { Spinner } from '@fluentui/react-components';
import { useShownProgress } from '../hooks/useShownProgress';
import type { Messages, Step } from '../messages';

export interface ProgressProps {
  busy: boolean;
  step: Step | null;
  messages: Messages;
}

/**
 * What the pane is doing, named ("读取工作簿…", "检查…", "写入标注…"), once a step has lasted over half a
 * second: a fast step shows nothing, so nothing flashes.
 */
export function Progress({ busy, step, messages }: ProgressProps) {
  const shown = useShownProgress(busy, step);
  return (
    <div
      role="status"
      aria-live="polite"
      data-testid="progress"
      data-busy={busy ? 'true' : undefined}
      data-step={shown ? (step ?? '') : undefined}
    >
      {shown && (
        <Spinner size="tiny" labelPosition="after" label={step ? `${messages.steps[step]}…` : messages.working} />
      )}
    </div>
  );
}
