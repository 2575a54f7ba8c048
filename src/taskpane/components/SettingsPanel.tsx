import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../checker';
import type { Messages } from '../messages';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS } });

export interface SettingsPanelProps {
  settings: Settings;
  messages: Messages;
  onChange: (settings: Settings) => void;
}

/** Rule pack, tolerance and language: remembered in the document's settings. */
export function SettingsPanel({ settings, messages, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Field label={messages.rulePack}>
        <Select
          value={settings.rules}
          onChange={(_, d) => onChange({ ...settings, rules: d.value as Settings['rules'] })}
        >
          {(Object.keys(messages.rulePacks) as Settings['rules'][]).map((k) => (
            <option key={k} value={k}>
              {messages.rulePacks[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={messages.tolerance}>
        <Input
          type="number"
          min={0}
          step="0.01"
          placeholder={messages.toleranceAuto}
          value={settings.tolerance === null ? '' : String(settings.tolerance)}
          onChange={(_, d) => {
            const n = Number(d.value);
            onChange({ ...settings, tolerance: d.value.trim() === '' || !Number.isFinite(n) || n < 0 ? null : n });
          }}
        />
      </Field>
      <Field label={messages.language}>
        <Select value={settings.lang} onChange={(_, d) => onChange({ ...settings, lang: d.value as Settings['lang'] })}>
          {(Object.keys(messages.languages) as Settings['lang'][]).map((l) => (
            <option key={l} value={l}>
              {messages.languages[l]}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
