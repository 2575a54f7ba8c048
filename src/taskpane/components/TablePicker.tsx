import { Dropdown, Field, Option, makeStyles } from '@fluentui/react-components';
import type { Messages } from '../messages';
import type { TableView } from '../view/score-view';

const useStyles = makeStyles({ dropdown: { minWidth: 0, width: '100%' }, listbox: { maxWidth: 'calc(100vw - 16px)' } });

/** "部门整体表 · 部门整体!B11:I16", "项目支出表 · 乡村文化振兴示范村建设". */
export function tableLabel(table: TableView, messages: Messages): string {
  return `${messages.forms[table.form]} · ${table.form === 'project' && table.project ? table.project : `${table.sheet}!${table.range}`}`;
}

export interface TablePickerProps {
  tables: TableView[];
  chosen: number;
  messages: Messages;
  onChoose: (index: number) => void;
}

/** Which score table the tree and the findings are about, where the workbook has several. */
export function TablePicker({ tables, chosen, messages, onChoose }: TablePickerProps) {
  const styles = useStyles();
  const current = tables.find((t) => t.index === chosen) ?? tables[0];
  return (
    <Field label={messages.tablePicker}>
      <Dropdown
        className={styles.dropdown}
        listbox={{ className: styles.listbox }}
        value={tableLabel(current, messages)}
        selectedOptions={[String(current.index)]}
        onOptionSelect={(_, d) => d.optionValue !== undefined && onChoose(Number(d.optionValue))}
        data-testid="table-picker"
      >
        {tables.map((t) => (
          <Option key={t.index} value={String(t.index)} text={tableLabel(t, messages)}>
            {tableLabel(t, messages)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
