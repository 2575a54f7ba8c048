import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { t, type Lang } from '../../core/i18n/catalogue';
import { FUNDING_KEYS, SOURCE_NAMES } from '../../core/rules/kinds/kind-spec';
import { format, type RuleEditorMessages } from '../messages';
import { useFocusAfterRemove } from '../hooks/useFocusAfterRemove';
import { ROW_FIELDS, type DraftRow, type RowField, type RowListType } from '../view/rule-draft';
import { EditableList } from './EditableList';
import { useListStyles } from './list-styles';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  number: { flex: '1 1 6em', minWidth: 0 },
  choice: { flex: '1 1 12em', minWidth: 0 },
  wide: { flexBasis: '100%' },
});

export interface RuleListFieldProps {
  /** The parameter's name in the spec ("bands", "tests") and the kind of list it is. */
  name: string;
  type: RowListType;
  label: string;
  rows: DraftRow[];
  /** The list's problem as a whole ("至少填写一行"). */
  problem: string | undefined;
  /** Each row's problems: "bands.2.points" at a field, "tests.0" at the row. */
  rowProblems: Record<string, string>;
  lang: Lang;
  m: RuleEditorMessages;
  onChange: (rows: DraftRow[]) => void;
}

/**
 * A list parameter as a form: one group of labelled fields per row (第 1 档: 下限, 含下限, 上限, 含上限, 得分),
 * each field's problem said at the field (aria-invalid, described by its message), rows added and removed
 * by buttons.
 */
export function RuleListField({
  name,
  type,
  label,
  rows,
  problem,
  rowProblems,
  lang,
  m,
  onChange,
}: RuleListFieldProps) {
  const styles = useStyles();
  const list = useListStyles();
  const fields = ROW_FIELDS[type];
  const set = (index: number, field: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const add = () =>
    onChange([...rows, Object.fromEntries(fields.map((f) => [f.name, f.type === 'flag' ? 'true' : '']))]);
  const { addButton, removed } = useFocusAfterRemove(rows);
  const remove = (index: number) => {
    removed();
    onChange(rows.filter((_, i) => i !== index));
  };

  return (
    <EditableList
      name={name}
      label={label}
      hint={fields.some((f) => f.type === 'number') ? m.numberHint : undefined}
      problem={problem}
      addLabel={m.addRow[type]}
      addButton={addButton}
      onAdd={add}
    >
      {rows.map((row, i) => {
        const rowName = format(m.rowName[type], { n: i + 1 });
        const whole = rowProblems[`${name}.${i}`];
        return (
          <fieldset key={i} className={mergeClasses(list.item, styles.row)} data-row={i}>
            <legend className={list.itemLegend}>{rowName}</legend>
            {fields.map((f) => (
              <RowFieldControl
                key={f.name}
                field={f}
                value={row[f.name] ?? ''}
                problem={rowProblems[`${name}.${i}.${f.name}`]}
                lang={lang}
                m={m}
                onChange={(value) => set(i, f.name, value)}
              />
            ))}
            {whole && <Caption1 className={mergeClasses(list.problem, styles.wide)}>{whole}</Caption1>}
            <Button size="small" appearance="subtle" onClick={() => remove(i)}>
              {format(m.removeRow, { row: rowName })}
            </Button>
          </fieldset>
        );
      })}
    </EditableList>
  );
}

interface RowFieldControlProps {
  field: RowField;
  value: string;
  problem: string | undefined;
  lang: Lang;
  m: RuleEditorMessages;
  onChange: (value: string) => void;
}

/** One field of a row, labelled; Fluent's Field gives its control aria-invalid and aria-describedby. */
function RowFieldControl({ field, value, problem, lang, m, onChange }: RowFieldControlProps) {
  const styles = useStyles();
  const list = useListStyles();
  const label = m.fields[field.name];
  if (field.type === 'flag')
    return (
      <Checkbox
        label={label}
        checked={value !== 'false'}
        onChange={(_, d) => onChange(d.checked === true ? 'true' : 'false')}
        data-field={field.name}
      />
    );
  const state = problem ? ('error' as const) : ('none' as const);
  if (field.type === 'funding-key')
    return (
      <Field
        className={styles.choice}
        label={label}
        required={field.required}
        validationState={state}
        validationMessage={problem}
        data-field={field.name}
      >
        <Dropdown
          className={list.control}
          placeholder={m.choose}
          value={value ? t(lang, SOURCE_NAMES[value as keyof typeof SOURCE_NAMES]) : ''}
          selectedOptions={value ? [value] : []}
          onOptionSelect={(_, d) => onChange(d.optionValue ?? '')}
        >
          {FUNDING_KEYS.map((k) => (
            <Option key={k} value={k} text={t(lang, SOURCE_NAMES[k])}>
              {t(lang, SOURCE_NAMES[k])}
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  return (
    <Field
      className={styles.number}
      label={label}
      required={field.required}
      validationState={state}
      validationMessage={problem}
      data-field={field.name}
    >
      <Input className={list.control} value={value} inputMode="decimal" onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
