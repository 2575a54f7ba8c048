import { DEFAULT_SETTINGS, type Settings } from './checker';

const KEY = 'scoresheet.settings';

/** Settings live with the document inside Excel (so a colleague opening it gets the same), else in the browser. */
export function loadSettings(): Settings {
  try {
    const raw = inOffice()
      ? Office.context.document.settings.get(KEY)
      : JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return { ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? raw : {}) };
  } catch (err) {
    console.warn('settings could not be read; using the defaults', err);
    return DEFAULT_SETTINGS;
  }
}

export function saveSettings(settings: Settings): Promise<void> {
  if (!inOffice()) {
    localStorage.setItem(KEY, JSON.stringify(settings));
    return Promise.resolve();
  }
  Office.context.document.settings.set(KEY, settings);
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error),
    );
  });
}

function inOffice(): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.document?.settings);
}
