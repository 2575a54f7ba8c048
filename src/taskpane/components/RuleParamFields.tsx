import { Dropdown, Field, Input, Option, Textarea, makeStyles } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { t, type Lang } from '../../core/i18n/catalogue';
import { SOURCE_NAMES, VALUE_SOURCES, type ParamSpec } from '../../core/rules/kinds/kind-spec';
import { RULE_KINDS } from '../../core/rules/kinds/index';
import type { ValueSource } from '../../core/rules/types';
import type { RuleEditorMessages } from '../messages';
import { isRowList, type DraftRow, type KindDraft } from '../view/rule-draft';
import { RuleListField } from './RuleListField';

const useStyles = makeStyles({
  control: { minWidth: 0, maxWidth: '100%' },
});

/** A choice parameter's values, each by its name in the catalogue; null for a parameter typed in. */
function choicesOf(p: ParamSpec, lang: Lang): { value: string; name: string }[] | null {
  if (p.type === 'value-source')
    return VALUE_SOURCES.map((v) => ({ value: v, name: t(lang, SOURCE_NAMES[v as ValueSource]) }));
  if (p.type === 'choice')
    return (p.options ?? []).map((v) => ({ value: v, name: p.optionKeys?.[v] ? t(lang, p.optionKeys[v]) : v }));
  return null;
}

export interface RuleParamFieldsProps {
  draft: KindDraft;
  /** Each parameter's problem, and each list row's ("bands.2.points"). */
  problems: Record<string, string>;
  rowProblems: Record<string, string>;
  lang: Lang;
  m: RuleEditorMessages;
  onParam: (name: string, value: string) => void;
  onRows: (name: string, rows: DraftRow[]) => void;
  /** Draws a parameter this component does not (a composite's parts, which have a form of their own). */
  renderOwn?: (p: ParamSpec) => ReactElement | null;
}

/**
 * One field per parameter of a kind, each with its problem said at the field: a choice by name, a number or a
 * word list typed, a list as rows of labelled fields. The same for a rule and for each part of a composite.
 */
export function RuleParamFields({
  draft,
  problems,
  rowProblems,
  lang,
  m,
  onParam,
  onRows,
  renderOwn,
}: RuleParamFieldsProps) {
  const styles = useStyles();
  const params = RULE_KINDS[draft.kind].params as readonly ParamSpec[];
  return (
    <>
      {params.map((p) => {
        const own = renderOwn?.(p);
        if (own) return own;
        const problem = problems[p.name];
        const label = t(lang, p.labelKey);
        if (isRowList(p.type))
          return (
            <RuleListField
              key={`${draft.kind}.${p.name}`}
              name={p.name}
              type={p.type}
              label={label}
              rows={draft.rows[p.name] ?? []}
              problem={problem}
              rowProblems={rowProblems}
              lang={lang}
              m={m}
              onChange={(rows) => onRows(p.name, rows)}
            />
          );
        const value = draft.params[p.name] ?? '';
        const choices = choicesOf(p, lang);
        return (
          <Field
            key={`${draft.kind}.${p.name}`}
            label={label}
            required={p.required}
            hint={
              [p.required ? null : m.optional, p.type === 'string-list' ? m.wordsHint : null]
                .filter(Boolean)
                .join(t(lang, 'pack.problem-separator')) || undefined
            }
            validationState={problem ? 'error' : 'none'}
            validationMessage={problem}
            data-param={p.name}
          >
            {choices ? (
              <Dropdown
                className={styles.control}
                value={choices.find((c) => c.value === value)?.name ?? value}
                selectedOptions={value ? [value] : []}
                placeholder={m.choose}
                clearable={!p.required}
                onOptionSelect={(_, d) => onParam(p.name, d.optionValue ?? '')}
              >
                {choices.map((c) => (
                  <Option key={c.value} value={c.value} text={c.name}>
                    {c.name}
                  </Option>
                ))}
              </Dropdown>
            ) : p.type === 'number' || p.type === 'positive-number' || p.type === 'string-list' ? (
              <Input
                className={styles.control}
                value={value}
                inputMode={p.type === 'string-list' ? 'text' : 'decimal'}
                onChange={(_, d) => onParam(p.name, d.value)}
              />
            ) : (
              <Textarea
                className={styles.control}
                value={value}
                resize="vertical"
                onChange={(_, d) => onParam(p.name, d.value)}
              />
            )}
          </Field>
        );
      })}
    </>
  );
}
