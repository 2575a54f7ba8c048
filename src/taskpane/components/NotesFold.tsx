import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button } from '@fluentui/react-components';
import type { Finding } from '../../core/checks/finding';
import { format, type Messages } from '../messages';
import { FindingItems } from './FindingsList';

export interface NotesFoldProps {
  /** The 提示 (info findings) of the chosen table. */
  notes: Finding[];
  messages: Messages;
  onSelect?: (sheet: string, cell: string) => void;
  /** Opens the scoring-rule editor, once the pane has one: then offered beside the unverified line. */
  onSetRules?: () => void;
}

/**
 * The 提示, folded: most are deductions already marked on their rows. The scores no rule can check
 * ("没有适用的评分规则") are one line of their own, opening to the list.
 */
export function NotesFold({ notes, messages, onSelect, onSetRules }: NotesFoldProps) {
  const unverified = notes.filter((f) => f.rule === 'rule-not-verified');
  const others = notes.filter((f) => f.rule !== 'rule-not-verified');
  if (notes.length === 0) return null;
  return (
    <Accordion collapsible multiple data-testid="notes">
      {others.length > 0 && (
        <AccordionItem value="notes">
          <AccordionHeader>{format(messages.notesFold, { count: others.length })}</AccordionHeader>
          <AccordionPanel>
            <section aria-label={messages.groups.info}>
              <FindingItems findings={others} messages={messages} onSelect={onSelect} />
            </section>
          </AccordionPanel>
        </AccordionItem>
      )}
      {unverified.length > 0 && (
        <AccordionItem value="unverified" data-testid="unverified">
          <AccordionHeader>{format(messages.unverified, { count: unverified.length })}</AccordionHeader>
          <AccordionPanel>
            {onSetRules && (
              <Button size="small" onClick={onSetRules}>
                {messages.setRules}
              </Button>
            )}
            <section aria-label={format(messages.unverified, { count: unverified.length })}>
              <FindingItems findings={unverified} messages={messages} onSelect={onSelect} />
            </section>
          </AccordionPanel>
        </AccordionItem>
      )}
    </Accordion>
  );
}
