import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { t } from '../../core/i18n/catalogue';
import { RULE_KIND_NAMES, RULE_KINDS } from '../../core/rules/kinds/index';
import type { RulePack } from '../../core/rules/pack';
import type { RuleKind } from '../../core/rules/types';
import type { Checked } from '../checker';
import { download } from '../hosts/host';
import { format, type Messages } from '../messages';
import {
  draftFor,
  draftOfKind,
  editableIndicators,
  evaluateDraft,
  packJson,
  packWithRule,
  readPackJson,
  type DraftRow,
  type PartDraft,
  type RuleDraft,
} from '../view/rule-draft';
import { HiddenFileInput } from './HiddenFileInput';
import { RuleParamFields } from './RuleParamFields';
import { RulePartsField } from './RulePartsField';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS },
  scores: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  figure: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  formula: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  control: { minWidth: 0, maxWidth: '100%' },
});

export interface RuleEditorProps {
  checked: Checked;
  messages: Messages;
  /** The tree row to open on (TreeRow.id); else the first indicator the check could not verify. */
  row?: string | null;
  /** Keeps the pack with the workbook (null removes it) and checks again; rejects with what went wrong. */
  onSave: (pack: RulePack | null, done: string) => Promise<void>;
  onClose: () => void;
}

/**
 * The scoring-rule editor: an indicator, a rule kind from the core's own list, one field per parameter with
 * its problem said at the field, and the score the rule gives shown live beside the sheet's.
 */
export function RuleEditor({ checked, messages, row, onSave, onClose }: RuleEditorProps) {
  const styles = useStyles();
  const m = messages.ruleEditor;
  const lang = messages.locale;
  const items = useMemo(() => editableIndicators(checked.result), [checked]);
  const first = () => {
    const unverified = new Set(
      checked.result.findings.filter((f) => f.rule === 'rule-not-verified').map((f) => f.indicator),
    );
    return items.find((i) => i.row === row) ?? items.find((i) => unverified.has(i.name)) ?? items[0];
  };
  const [draft, setDraft] = useState<RuleDraft | null>(() => {
    const item = first();
    return item ? draftFor(item, checked.pack) : null;
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);
  // Opened from a row far down the tree: brought into view.
  useEffect(() => {
    root.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const item = items.find((i) => i.key === draft?.indicator);
  const outcome = useMemo(
    () => (draft ? evaluateDraft(checked.result, draft, lang, m) : null),
    [checked, draft, lang, m],
  );
  if (!draft || !item || !outcome) return null;
  const kind = RULE_KINDS[draft.kind];

  const save = async (pack: RulePack | null, done: string) => {
    setSaving(true);
    setFailure(null);
    setSaved(null);
    try {
      await onSave(pack, done);
      setSaved(done);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };
  const setParam = (name: string, value: string) => {
    setSaved(null);
    setDraft({ ...draft, params: { ...draft.params, [name]: value } });
  };
  const setRows = (name: string, rows: DraftRow[]) => {
    setSaved(null);
    setDraft({ ...draft, rows: { ...draft.rows, [name]: rows } });
  };
  const setParts = (parts: PartDraft[]) => {
    setSaved(null);
    setDraft({ ...draft, parts });
  };
  const importFile = async (file: File) => {
    try {
      const pack = readPackJson(await file.text(), file.name, lang);
      await save(pack, format(m.imported, { count: pack.rules.length }));
    } catch (err) {
      setFailure(format(m.badFile, { detail: err instanceof Error ? err.message : String(err) }));
    }
  };
  const pack = checked.pack;

  return (
    <section ref={root} className={styles.root} aria-label={m.title} data-testid="rule-editor">
      <div className={styles.head}>
        <Subtitle2 as="h2">{m.title}</Subtitle2>
        <Button size="small" appearance="subtle" onClick={onClose}>
          {m.close}
        </Button>
      </div>
      <Field label={m.indicator}>
        <Dropdown
          className={styles.control}
          value={item.name}
          selectedOptions={[item.key]}
          onOptionSelect={(_, d) => {
            const next = items.find((i) => i.key === d.optionValue);
            if (next) setDraft(draftFor(next, checked.pack));
          }}
        >
          {items.map((i) => (
            <Option key={i.key} value={i.key} text={i.name}>
              {`${i.name}（${i.score ?? '—'} / ${i.points ?? '—'}）`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {item.fixedBy && (
        <MessageBar intent="warning">
          <MessageBarBody>{m.fixedBy[item.fixedBy]}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={m.kind} hint={t(lang, kind.helpKey)}>
        <Dropdown
          className={styles.control}
          value={t(lang, kind.nameKey)}
          selectedOptions={[draft.kind]}
          onOptionSelect={(_, d) => {
            const next = d.optionValue as RuleKind | undefined;
            if (next && next !== draft.kind) setDraft(draftOfKind(draft.indicator, next));
          }}
        >
          {RULE_KIND_NAMES.map((k) => (
            <Option key={k} value={k} text={t(lang, RULE_KINDS[k].nameKey)}>
              {t(lang, RULE_KINDS[k].nameKey)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <RuleParamFields
        draft={draft}
        problems={outcome.problems}
        rowProblems={outcome.rowProblems}
        lang={lang}
        m={m}
        onParam={setParam}
        onRows={setRows}
        renderOwn={(p) =>
          p.type === 'parts' && draft.parts ? (
            <RulePartsField
              key={`${draft.kind}.${p.name}`}
              label={t(lang, p.labelKey)}
              parts={draft.parts}
              problem={outcome.problems[p.name]}
              outcomes={outcome.parts}
              lang={lang}
              m={m}
              onChange={setParts}
            />
          ) : null
        }
      />
      <div className={styles.scores} data-testid="rule-scores" aria-live="polite">
        <Body1>
          {m.sheetScore} <span className={styles.figure}>{item.score ?? '—'}</span>
        </Body1>
        <Body1>
          {m.ruleScore}{' '}
          <span className={styles.figure} data-testid="rule-score">
            {outcome.computed ?? m.noScore}
          </span>
        </Body1>
        {outcome.computed !== null && (
          <Badge appearance="tint" color={outcome.differs ? 'danger' : 'success'}>
            {outcome.differs ? m.differs : m.agrees}
          </Badge>
        )}
      </div>
      {outcome.formula && <Caption1 className={styles.formula}>{outcome.formula}</Caption1>}
      {saved && (
        <MessageBar intent="success" data-testid="rules-saved">
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {failure && (
        <MessageBar intent="error">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={saving || !outcome.spec || item.fixedBy !== null}
          onClick={() => {
            if (outcome.spec)
              void save(
                packWithRule(checked.result, checked.pack, item.name, outcome.spec),
                format(m.saved, { name: item.name }),
              );
          }}
        >
          {m.save}
        </Button>
        <Button
          disabled={!pack}
          onClick={() =>
            pack && download(new Blob([packJson(pack)], { type: 'application/json' }), `${pack.name}-rules.json`)
          }
        >
          {m.exportPack}
        </Button>
        <HiddenFileInput
          label={m.importPack}
          accept=".json,application/json"
          disabled={saving}
          onChoose={(file) => void importFile(file)}
          testId="rules-file-input"
        />
        {checked.pack && (
          <Button appearance="subtle" disabled={saving} onClick={() => void save(null, m.removed)}>
            {m.remove}
          </Button>
        )}
      </div>
    </section>
  );
}
