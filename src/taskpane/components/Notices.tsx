import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { HostWarning } from '../hosts/host';
import { format, type Messages } from '../messages';
import type { Notice } from '../hooks/useRunner';

/** A host warning in the user's language (a trailing detail left out when there is none). */
function warningText(w: HostWarning, messages: Messages): string {
  const template = messages.warnings[w.code];
  return w.detail ? format(template, { detail: w.detail }) : template.replace(/[:：]\s*\{detail\}$/, '');
}

export interface NoticesProps {
  notice: Notice;
  warnings: HostWarning[];
  messages: Messages;
}

/** The last action's outcome, and what the host noted on the way. */
export function Notices({ notice, warnings, messages }: NoticesProps) {
  return (
    <>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-notice={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-notice="warning">
          <MessageBarBody>
            {[...new Set(warnings.map((w) => warningText(w, messages)))].map((text) => (
              <div key={text}>{text}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
