import { createRoot, type Root } from 'react-dom/client';
import { App, type HostMode } from './App';
import { messagesFor, pickLocale } from './messages';
import { ExcelHost } from './hosts/excel-host';
import { FileHost } from './hosts/file-host';
import { themeOfOffice, type ThemeKind } from './theme';

/**
 * Inside Office, Office.onReady resolves within a second or two. If it never does (for example a
 * local office.js copy without its companion files), the pane would stay blank: after this delay it
 * renders in browser mode with a notice, and re-renders normally should Office become ready later.
 */
const OFFICE_READY_TIMEOUT_MS = 10_000;

let root: Root | null = null;

function render(mode: HostMode, officeLanguage?: string): void {
  const container = document.getElementById('root');
  if (container === null) throw new Error('taskpane.html has no #root element');
  const locale = pickLocale(officeLanguage, navigator.language);
  const messages = messagesFor(locale);
  document.documentElement.lang = locale;
  document.title = messages.title;
  root ??= createRoot(container);
  const excelHost = mode === 'office' ? new ExcelHost() : undefined;
  const fileHost = mode === 'office' ? undefined : (file: File) => new FileHost(file);
  root.render(
    <App
      messages={messages}
      mode={mode}
      lang={locale}
      excelHost={excelHost}
      fileHost={fileHost}
      theme={officeTheme(mode)}
    />,
  );
}

/** Office's theme (light, dark, high contrast) inside Office; undefined elsewhere, where the pane follows the browser. */
function officeTheme(mode: HostMode): ThemeKind | undefined {
  if (mode !== 'office') return undefined;
  const forced = typeof window.matchMedia === 'function' && window.matchMedia('(forced-colors: active)').matches;
  return themeOfOffice(Office.context?.officeTheme, forced);
}

function start(): void {
  // taskpane.html marks #root when the host browser is too old (IE11 / EdgeHTML) and shows a notice.
  if (document.getElementById('root')?.dataset.unsupported === '1') return;
  // office.js missing (plain browser without it, or the CDN unreachable): render in browser mode.
  if (typeof Office === 'undefined') {
    render('browser');
    return;
  }
  let ready = false;
  const timer = window.setTimeout(() => {
    if (!ready) render('office-not-ready');
  }, OFFICE_READY_TIMEOUT_MS);
  Office.onReady().then(
    (info) => {
      ready = true;
      window.clearTimeout(timer);
      // In a plain browser office.js resolves onReady with host null.
      if (info.host) render('office', Office.context?.displayLanguage);
      else render('browser');
    },
    (error: unknown) => {
      ready = true;
      window.clearTimeout(timer);
      console.error('Office.onReady failed', error);
      render('office-not-ready');
    },
  );
}

start();
