import {
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import { t, type Lang } from '../../core/i18n/catalogue';
import { FUNDING_KEYS, SOURCE_NAMES } from '../../core/rules/kinds/kind-spec';
import { format, type RuleEditorMessages } from '../messages';
import { ROW_FIELDS, type DraftRow, type RowField, type RowListType } from '../view/rule-draft';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusSmall,
    minWidth: 0,
  },
  rowLegend: { color: tokens.colorNeutralForeground2, padding: `0 ${tokens.spacingHorizontalXS}` },
  number: { flex: '1 1 6em', minWidth: 0 },
  choice: { flex: '1 1 12em', minWidth: 0 },
  control: { minWidth: 0, maxWidth: '100%', width: '100%' },
  hint: { color: tokens.colorNeutralForeground3 },
  problem: { color: tokens.colorPaletteRedForeground1, flexBasis: '100%' },
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
  const problemId = useId();
  const fields = ROW_FIELDS[type];
  const set = (index: number, field: string, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const add = () =>
    onChange([...rows, Object.fromEntries(fields.map((f) => [f.name, f.type === 'flag' ? 'true' : '']))]);
  // The remove button goes with its row: focus moves on to 添加一档 rather than to nowhere.
  const addButton = useRef<HTMLButtonElement>(null);
  const removed = useRef(false);
  const remove = (index: number) => {
    removed.current = true;
    onChange(rows.filter((_, i) => i !== index));
  };
  useEffect(() => {
    if (!removed.current) return;
    removed.current = false;
    addButton.current?.focus();
  }, [rows]);

  return (
    <fieldset className={styles.list} data-param={name} aria-describedby={problem ? problemId : undefined}>
      <legend className={styles.legend}>{label}</legend>
      {fields.some((f) => f.type === 'number') && <Caption1 className={styles.hint}>{m.numberHint}</Caption1>}
      {rows.map((row, i) => {
        const rowName = format(m.rowName[type], { n: i + 1 });
        const whole = rowProblems[`${name}.${i}`];
        return (
          <fieldset key={i} className={styles.row} data-row={i}>
            <legend className={styles.rowLegend}>{rowName}</legend>
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
            {whole && <Caption1 className={styles.problem}>{whole}</Caption1>}
            <Button size="small" appearance="subtle" onClick={() => remove(i)}>
              {format(m.removeRow, { row: rowName })}
            </Button>
          </fieldset>
        );
      })}
      {problem && (
        <Caption1 id={problemId} className={styles.problem}>
          {problem}
        </Caption1>
      )}
      <div>
        <Button ref={addButton} size="small" onClick={add}>
          {m.addRow[type]}
        </Button>
      </div>
    </fieldset>
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
          className={styles.control}
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
      <Input className={styles.control} value={value} inputMode="decimal" onChange={(_, d) => onChange(d.value)} />
    </Field>
  );
}
