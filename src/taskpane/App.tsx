import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../core/checks/finding';
import { type Lang, type MessageKey, t } from '../core/i18n/catalogue';
import { annotate, check, findScoreTables, report, writeExplanation, type Checked, type Scope, type Settings } from './checker';
import { FindingsList } from './components/FindingsList';
import { SettingsPanel } from './components/SettingsPanel';
import { HostError, type HostWarning, type WorkbookHost } from './hosts/host';
import { format, messagesFor, type Messages } from './messages';
import { loadSettings, saveSettings } from './settings-store';

/** How the pane was started: inside Office, in a plain browser, or Office never reported ready. */
export type HostMode = 'office' | 'browser' | 'office-not-ready';

export interface AppProps {
  messages: Messages;
  mode: HostMode;
  /** BCP 47 tag for the lang attribute of the pane's root. */
  lang: string;
  /** The workbook open in Excel (office mode); in browser mode the pane makes a file host per chosen file. */
  excelHost?: WorkbookHost;
  /** Makes the host for a chosen local file (browser mode). */
  fileHost?: (file: File) => WorkbookHost;
}

// webLightTheme's font stack has no CJK font; name the usual Chinese UI fonts before the fallbacks.
const theme: Theme = {
  ...webLightTheme,
  fontFamilyBase:
    "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', " +
    "-apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
};

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

/** A reader's reason ("damaged-sheet" with its sheet and part) in words, from the core's catalogue. */
function hostErrorDetail(err: HostError, lang: Lang): string {
  if (err.code !== 'not-a-workbook') return err.detail;
  const key = `read.${err.detail}` as MessageKey;
  const known = t(lang, key, err.params);
  return known === key ? err.detail : known;
}

type Notice = { intent: 'success' | 'error' | 'info'; text: string } | null;

/** A host warning in the user's language (a trailing detail left out when there is none). */
function warningText(w: HostWarning, messages: Messages): string {
  const template = messages.warnings[w.code];
  return w.detail ? format(template, { detail: w.detail }) : template.replace(/[:：]\s*\{detail\}$/, '');
}

export function App({ messages: initialMessages, mode, lang, excelHost, fileHost }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<Settings>(() => ({ ...loadSettings(), lang: loadSettings().lang ?? (lang as Settings['lang']) }));
  const messages = useMemo(() => (settings.lang === initialMessages.locale ? initialMessages : messagesFor(settings.lang)), [settings.lang, initialMessages]);
  const [host, setHost] = useState<WorkbookHost | null>(excelHost ?? null);
  const [fileName, setFileName] = useState('workbook.xlsx');
  const [checked, setChecked] = useState<Checked | null>(null);
  const [annotated, setAnnotated] = useState(false);
  const [busy, setBusy] = useState(false);
  /** The score tables found before any check ("自评表!A3:J6"), and where the user said to look. */
  const [located, setLocated] = useState<string[] | null>(null);
  const [scope, setScope] = useState<Scope>(null);
  const [warnings, setWarnings] = useState<HostWarning[]>([]);
  const [notice, setNotice] = useState<Notice>(
    mode === 'browser' ? { intent: 'info', text: messages.browserMode } : mode === 'office-not-ready' ? { intent: 'info', text: messages.officeNotReady } : null,
  );

  /** Runs one action with a progress state; any error becomes a message with its way out, never a silent failure. */
  const run = useCallback(
    async (action: () => Promise<string | null>) => {
      setBusy(true);
      setWarnings([]);
      try {
        const done = await action();
        if (done) setNotice({ intent: 'success', text: done });
      } catch (err) {
        console.error(err);
        // Part of the annotation is in the workbook: 清除标注 must be there to take it out.
        if (err instanceof HostError && err.code === 'partial-write') setAnnotated(true);
        const text =
          err instanceof HostError
            ? format(messages.errors[err.code], { detail: hostErrorDetail(err, messages.locale) })
            : format(messages.errors.unknown, { detail: (err as Error).message ?? String(err) });
        setNotice({ intent: 'error', text });
      } finally {
        // What the host noted on the way, shown whether the action went through or not.
        const noted = host?.takeWarnings?.() ?? [];
        setWarnings((shown) => [...shown, ...noted]);
        setBusy(false);
      }
    },
    [messages, host],
  );

  const doCheck = (h: WorkbookHost | null = host, name = fileName) =>
    run(async () => {
      if (!h) throw new HostError('no-file');
      const result = await check(h, settings, name, scope);
      setChecked(result);
      setLocated(result.json.tables.filter((t) => t.kind === 'score').map((t) => `${t.sheet}!${t.range}`));
      if (result.json.tables.some((t) => t.kind === 'score')) return null;
      throw new Error(scope ? format(messages.noTableInScope, { range: `${scope.sheet}!${scope.range}` }) : messages.noTable);
    });

  /** Finds the score tables (anywhere, or in the selection) and says where; nothing is checked yet. */
  const doLocate = (next: Scope) =>
    run(async () => {
      if (!host) return null;
      const found = await findScoreTables(host, next);
      if (next && found.length === 0) throw new Error(format(messages.noTableInScope, { range: `${next.sheet}!${next.range}` }));
      setScope(next);
      setLocated(found);
      setChecked(null);
      return found.length ? null : messages.noTable;
    });

  // Inside Excel the workbook is already open: say at once where the score table is.
  useEffect(() => {
    if (mode === 'office' && excelHost) void doLocate(null);
    // Once, on opening: later finds follow the user's buttons.
  }, []);

  const chooseFile = (file: File | undefined) => {
    if (!file || !fileHost) return;
    const h = fileHost(file);
    setHost(h);
    setFileName(file.name);
    setAnnotated(false);
    void doCheck(h, file.name);
  };

  const changeSettings = (next: Settings) => {
    setSettings(next);
    saveSettings(next).catch((err: unknown) => console.warn('settings not saved', err));
  };

  const select = (f: Finding) => {
    host?.select?.(f.sheet, f.cell).catch((err: unknown) => console.warn('could not select', err));
  };

  const json = checked?.json;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of json?.findings ?? []) counts[f.severity]++;
  const stem = fileName.replace(/\.xlsx$/i, '');

  return (
    <FluentProvider theme={theme} lang={settings.lang}>
      <main className={styles.root} aria-busy={busy}>
        <Title3 as="h1">{messages.title}</Title3>
        <Body1>{messages.summary}</Body1>
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
        {mode !== 'office' && fileHost && (
          <label>
            <Body1>{messages.chooseFile}</Body1>{' '}
            <input type="file" accept=".xlsx" data-testid="file-input" onChange={(e) => chooseFile(e.target.files?.[0])} />
          </label>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !host} onClick={() => void doCheck()}>
            {messages.checkButton}
          </Button>
          <Button
            disabled={busy || !checked || !host}
            onClick={() =>
              void run(async () => {
                const marks = await annotate(host as WorkbookHost, checked as Checked, settings);
                setAnnotated(true);
                return format(messages.annotated, { marks });
              })
            }
          >
            {messages.annotateButton}
          </Button>
          <Button
            disabled={busy || !host || !annotated}
            onClick={() =>
              void run(async () => {
                const cleaned = await (host as WorkbookHost).clean();
                setAnnotated(false);
                return cleaned.notesRestored ? messages.cleaned : messages.cleanedFillsOnly;
              })
            }
          >
            {messages.cleanButton}
          </Button>
          <Button
            disabled={busy || !checked || !host}
            onClick={() =>
              void run(async () => {
                // After 标注 the full plan again (a plan is the whole annotation), else the explanation alone.
                if (annotated) await annotate(host as WorkbookHost, checked as Checked, settings);
                else await writeExplanation(host as WorkbookHost, checked as Checked, settings);
                return messages.explained;
              })
            }
          >
            {messages.explainButton}
          </Button>
          <Button
            disabled={busy || !checked || !host}
            onClick={() =>
              void run(async () => {
                await (host as WorkbookHost).downloadDocx(report(checked as Checked), `${stem}-自评表说明.docx`);
                return null;
              })
            }
          >
            {messages.wordButton}
          </Button>
          {host?.downloadWorkbook && (
            <Button
              disabled={busy || !annotated}
              onClick={() =>
                void run(async () => {
                  await host.downloadWorkbook?.(`${stem}-已标注.xlsx`);
                  return null;
                })
              }
            >
              {messages.workbookButton}
            </Button>
          )}
        </div>
        {busy && <Spinner size="tiny" label={messages.working} />}
        {(located || host?.selection) && (
          <div className={styles.summary} data-testid="location">
            {(located ?? []).map((range) => (
              <Body1 key={range}>{format(messages.foundTable, { range })}</Body1>
            ))}
            {scope && <Body1 data-testid="scope">{format(messages.scope, { range: `${scope.sheet}!${scope.range}` })}</Body1>}
            {host?.selection && (
              <div className={styles.actions}>
                <Button
                  size="small"
                  disabled={busy}
                  onClick={() => void (host.selection as () => Promise<Scope>)().then((sel) => doLocate(sel), (err: unknown) => run(() => Promise.reject(err)))}
                >
                  {messages.useSelection}
                </Button>
                {scope && (
                  <Button size="small" disabled={busy} onClick={() => void doLocate(null)}>
                    {messages.findAnywhere}
                  </Button>
                )}
              </div>
            )}
          </div>
        )}
        {json && (
          <div className={styles.summary} data-testid="summary">
            {json.total && (
              <Subtitle1>{format(messages.total, { score: json.total.score ?? '?', points: json.total.points ?? '?', count: json.indicators.length })}</Subtitle1>
            )}
            <Body1>{format(messages.counts, counts)}</Body1>
          </div>
        )}
        {json && <FindingsList findings={json.findings} messages={messages} onSelect={host?.select ? select : undefined} />}
        <Accordion collapsible>
          <AccordionItem value="settings">
            <AccordionHeader>{messages.settings}</AccordionHeader>
            <AccordionPanel>
              <SettingsPanel settings={settings} messages={messages} onChange={changeSettings} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
