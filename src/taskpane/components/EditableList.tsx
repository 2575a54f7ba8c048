import { Button, Caption1 } from '@fluentui/react-components';
import { useId, type ReactNode, type RefObject } from 'react';
import { useListStyles } from './list-styles';

export interface EditableListProps {
  /** The parameter's name in the spec, for tests and styles to find the list by. */
  name: string;
  label: string;
  hint?: string;
  /** The list's problem as a whole ("至少填写一行"), tied to the group for a screen reader. */
  problem: string | undefined;
  addLabel: string;
  addButton: RefObject<HTMLButtonElement | null>;
  onAdd: () => void;
  /** The rows or parts, each a group of its own. */
  children: ReactNode;
}

/** A list edited as groups of fields: its legend and hint, its rows, its problem and the button that adds a row. */
export function EditableList({ name, label, hint, problem, addLabel, addButton, onAdd, children }: EditableListProps) {
  const list = useListStyles();
  const problemId = useId();
  return (
    <fieldset className={list.list} data-param={name} aria-describedby={problem ? problemId : undefined}>
      <legend className={list.legend}>{label}</legend>
      {hint && <Caption1 className={list.hint}>{hint}</Caption1>}
      {children}
      {problem && (
        <Caption1 id={problemId} className={list.problem}>
          {problem}
        </Caption1>
      )}
      <div>
        <Button ref={addButton} size="small" onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
