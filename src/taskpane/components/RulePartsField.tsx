import { Button, Dropdown, Field, Input, Option, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { t, type Lang } from '../../core/i18n/catalogue';
import { RULE_KINDS } from '../../core/rules/kinds/index';
import { useFocusAfterRemove } from '../hooks/useFocusAfterRemove';
import { format, type RuleEditorMessages } from '../messages';
import {
  emptyPart,
  partOfKind,
  PART_KINDS,
  type DraftRow,
  type PartDraft,
  type PartKind,
  type PartOutcome,
} from '../view/rule-draft';
import { EditableList } from './EditableList';
import { useListStyles } from './list-styles';
import { RuleParamFields } from './RuleParamFields';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  pair: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  name: { flex: '2 1 10em', minWidth: 0 },
  weight: { flex: '1 1 6em', minWidth: 0 },
});

export interface RulePartsFieldProps {
  label: string;
  parts: PartDraft[];
  /** The list's problem as a whole ("至少填写一行"). */
  problem: string | undefined;
  /** Each part's problems: at its name, weight, kind and its own parameters. */
  outcomes: PartOutcome[];
  lang: Lang;
  m: RuleEditorMessages;
  onChange: (parts: PartDraft[]) => void;
}

/** A part's kind by name: a rule kind's own name, or 按表中得分认定 for a part taken as stated. */
function kindName(kind: PartKind, lang: Lang, m: RuleEditorMessages): string {
  return kind === 'assumed' ? m.parts.assumed : t(lang, RULE_KINDS[kind].nameKey);
}

/**
 * The parts of 分项合计 as a form: each part a group with its name, weight and scoring method, and the
 * fields that method needs (the same fields as for a whole rule); parts added and removed by buttons.
 */
export function RulePartsField({ label, parts, problem, outcomes, lang, m, onChange }: RulePartsFieldProps) {
  const styles = useStyles();
  const list = useListStyles();
  const set = (index: number, part: PartDraft) => onChange(parts.map((p, i) => (i === index ? part : p)));
  const { addButton, removed } = useFocusAfterRemove(parts);
  const remove = (index: number) => {
    removed();
    onChange(parts.filter((_, i) => i !== index));
  };

  return (
    <EditableList
      name="parts"
      label={label}
      hint={m.parts.hint}
      problem={problem}
      addLabel={m.parts.add}
      addButton={addButton}
      onAdd={() => onChange([...parts, emptyPart()])}
    >
      {parts.map((part, i) => {
        const name = format(m.parts.name, { n: i + 1 });
        const said = outcomes[i] ?? { problems: {}, rowProblems: {} };
        const fieldState = (field: string) =>
          said.problems[field]
            ? { validationState: 'error' as const, validationMessage: said.problems[field] }
            : { validationState: 'none' as const };
        return (
          <fieldset key={i} className={mergeClasses(list.item, styles.part)} data-part={i}>
            <legend className={list.itemLegend}>{name}</legend>
            <div className={styles.pair}>
              <Field className={styles.name} label={m.parts.label} required {...fieldState('label')} data-field="label">
                <Input
                  className={list.control}
                  value={part.label}
                  onChange={(_, d) => set(i, { ...part, label: d.value })}
                />
              </Field>
              <Field
                className={styles.weight}
                label={m.parts.weight}
                required
                {...fieldState('weight')}
                data-field="weight"
              >
                <Input
                  className={list.control}
                  value={part.weight}
                  inputMode="decimal"
                  onChange={(_, d) => set(i, { ...part, weight: d.value })}
                />
              </Field>
            </div>
            <Field label={m.parts.kind} {...fieldState('kind')} data-field="kind">
              <Dropdown
                className={list.control}
                value={kindName(part.kind, lang, m)}
                selectedOptions={[part.kind]}
                onOptionSelect={(_, d) => {
                  const next = d.optionValue as PartKind | undefined;
                  if (next && next !== part.kind) set(i, partOfKind(part, next));
                }}
              >
                {PART_KINDS.map((k) => (
                  <Option key={k} value={k} text={kindName(k, lang, m)}>
                    {kindName(k, lang, m)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            {part.kind !== 'assumed' && (
              <RuleParamFields
                draft={{ kind: part.kind, params: part.params, rows: part.rows }}
                problems={said.problems}
                rowProblems={said.rowProblems}
                lang={lang}
                m={m}
                onParam={(param, value) => set(i, { ...part, params: { ...part.params, [param]: value } })}
                onRows={(param, rows: DraftRow[]) => set(i, { ...part, rows: { ...part.rows, [param]: rows } })}
              />
            )}
            <div>
              <Button size="small" appearance="subtle" onClick={() => remove(i)}>
                {format(m.removeRow, { row: name })}
              </Button>
            </div>
          </fieldset>
        );
      })}
    </EditableList>
  );
}
