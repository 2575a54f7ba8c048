import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  FluentProvider,
  Spinner,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ActionBar } from './components/ActionBar';
import { FilePicker } from './components/FilePicker';
import { LocationPanel } from './components/LocationPanel';
import { Notices } from './components/Notices';
import { Progress } from './components/Progress';
import { LoadBoundary } from './components/LoadBoundary';
import { SettingsPanel } from './components/SettingsPanel';
import { useAnnotate } from './hooks/useAnnotate';
import { useCheck } from './hooks/useCheck';
import { useCorrections } from './hooks/useCorrections';
import { useLocate } from './hooks/useLocate';
import { useReport } from './hooks/useReport';
import { errorText, useRunner, type Notice } from './hooks/useRunner';
import { useSettings } from './hooks/useSettings';
import { useThemeKind } from './hooks/useThemeKind';
import { useWorkbook } from './hooks/useWorkbook';
import type { WorkbookHost } from './hosts/host';
import type { Messages } from './messages';
import { fluentTheme, type ThemeKind } from './theme';

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
  /** Office's theme (inside Office); without it the pane follows the browser's colour scheme. */
  theme?: ThemeKind;
}

// The results (tree, picker, findings) show only after 检查: loaded on demand, outside the first-load budget.
const loadResults = () => import(/* webpackChunkName: "results" */ './components/Results');
const Results = lazy(() => loadResults().then((m) => ({ default: m.Results })));
// The rule editor opens from the results: loaded on demand too.
const RuleEditor = lazy(() =>
  import(/* webpackChunkName: "rule-editor" */ './components/RuleEditor').then((m) => ({ default: m.RuleEditor })),
);

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

function initialNotice(mode: HostMode, messages: Messages): Notice {
  if (mode === 'browser') return { intent: 'info', text: messages.browserMode };
  if (mode === 'office-not-ready') return { intent: 'info', text: messages.officeNotReady };
  return null;
}

/** The pane: composes the actions' hooks and the components that show them; it touches no host itself. */
export function App({ messages: initialMessages, mode, lang, excelHost, fileHost, theme }: AppProps) {
  const styles = useStyles();
  const themeKind = useThemeKind(theme);
  const { settings, messages, changeSettings } = useSettings(initialMessages, lang);
  const workbook = useWorkbook(excelHost, fileHost);
  const { host } = workbook;
  const fileName = workbook.fileName ?? 'workbook.xlsx';
  const { busy, step, notice, warnings, run } = useRunner(host, messages, initialNotice(mode, messages));
  const checking = useCheck(run, settings, messages);
  const location = useLocate(host, run, messages, checking.clear);
  // The check again inside an action that changed the workbook's values (a correction, its undo, 清除标注).
  const refresh = async () => {
    if (host) await checking.refresh(host, fileName, location.scope, location.setLocated);
  };
  const annotation = useAnnotate(host, checking.checked, settings, run, messages, refresh);
  const corrections = useCorrections(host, checking.checked, run, messages, refresh);
  // A file's workbook is offered back once it holds something of the pane's: annotations, corrections, or
  // a rule pack set in the editor (its rules sheet).
  const changed = annotation.annotated || corrections.recorded.length > 0 || Boolean(checking.checked?.pack);
  const downloads = useReport(host, checking.checked, fileName, changed, run, messages);
  // The rule editor, open on a tree row (or on the first unverified score: row null).
  const [editing, setEditing] = useState<{ row: string | null } | null>(null);

  // Inside Excel the workbook is already open: say at once where the score table is, and offer to undo
  // the corrections (and take out the annotation) the workbook records from before the pane was reloaded.
  useEffect(() => {
    if (mode === 'office' && excelHost)
      void location.locate(null).then(() => {
        annotation.sync(excelHost.recorded().annotated);
        corrections.sync();
      });
    // Once, on opening: later finds follow the user's buttons.
    // Fetch the results' code while the user reads the pane, so 检查 shows them at once.
    loadResults().catch((err: unknown) => console.warn('results view not preloaded', err));
  }, []);

  const checkIn = (h: WorkbookHost | null, name: string) =>
    checking.check(h, name, location.scope, location.setLocated);
  const choose = (file: File) => {
    const h = workbook.open(file);
    if (!h) return;
    annotation.reset();
    corrections.reset();
    void checkIn(h, file.name);
  };
  const select = host?.select
    ? (sheet: string, cell: string) => {
        host.select?.(sheet, cell).catch((err: unknown) => console.warn('could not select', err));
      }
    : undefined;

  return (
    <FluentProvider theme={fluentTheme(themeKind)} lang={settings.lang} data-theme={themeKind}>
      <main className={styles.root} aria-busy={busy}>
        <Title3 as="h1">{messages.title}</Title3>
        <Body1>{messages.summary}</Body1>
        <Notices notice={notice} warnings={warnings} messages={messages} />
        {corrections.undo && (
          <Button disabled={busy} data-action="undo-correction" onClick={() => void corrections.undo?.()}>
            {messages.undoCorrection}
          </Button>
        )}
        {mode !== 'office' && fileHost && (
          <FilePicker messages={messages} fileName={workbook.fileName} disabled={busy} onChoose={choose} />
        )}
        <ActionBar
          messages={messages}
          busy={busy}
          actions={{
            check: host ? () => void checkIn(host, fileName) : undefined,
            mark: annotation.mark,
            clean: annotation.clean,
            explain: annotation.explain,
            word: downloads.word,
            workbook: downloads.workbook,
          }}
        />
        <Progress busy={busy} step={step} messages={messages} />
        {(location.located || location.fromSelection) && (
          <LocationPanel
            messages={messages}
            busy={busy}
            located={location.located ?? []}
            scope={location.scope}
            onUseSelection={location.fromSelection}
            onFindAnywhere={location.anywhere}
          />
        )}
        {checking.checked && editing && host && (
          <LoadBoundary failed={(err) => errorText(err, messages)}>
            <Suspense fallback={<Spinner size="tiny" label={messages.working} />}>
              <RuleEditor
                key={editing.row ?? ''}
                checked={checking.checked}
                messages={messages}
                row={editing.row}
                onSave={async (pack) => {
                  await host.saveWorkbookRules(pack);
                  await checkIn(host, fileName);
                }}
                onClose={() => setEditing(null)}
              />
            </Suspense>
          </LoadBoundary>
        )}
        {checking.checked && (
          <LoadBoundary failed={(err) => errorText(err, messages)}>
            <Suspense fallback={<Spinner size="tiny" label={messages.working} />}>
              <Results
                checked={checking.checked}
                messages={messages}
                onSelect={select}
                onSetRules={host ? () => setEditing({ row: null }) : undefined}
                onSetRule={host ? (row) => setEditing({ row }) : undefined}
                onCorrect={corrections.correct && !busy ? (f) => void corrections.correct?.(f) : undefined}
              />
            </Suspense>
          </LoadBoundary>
        )}
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
