import type { RulePack } from '../core/rules/pack';
import { validatePack } from '../core/rules/validate-pack';
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

const RULES_KEY = 'scoresheet.rules';

/**
 * The workbook's own rule pack: inside Excel in the document's settings (saved with the file, so it travels
 * with it); for a local file, in the browser under the file's name. Checked as a pack file is when read.
 */
export function loadRulePack(fileName: string): RulePack | null {
  const raw: unknown = inOffice()
    ? Office.context.document.settings.get(RULES_KEY)
    : JSON.parse(localStorage.getItem(`${RULES_KEY}:${fileName}`) ?? 'null');
  return raw ? validatePack(raw, fileName) : null;
}

export function saveRulePack(fileName: string, pack: RulePack | null): Promise<void> {
  if (!inOffice()) {
    if (pack) localStorage.setItem(`${RULES_KEY}:${fileName}`, JSON.stringify(pack));
    else localStorage.removeItem(`${RULES_KEY}:${fileName}`);
    return Promise.resolve();
  }
  Office.context.document.settings.set(RULES_KEY, pack);
  return new Promise((resolve, reject) => {
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error),
    );
  });
}

function inOffice(): boolean {
  return typeof Office !== 'undefined' && Boolean(Office.context?.document?.settings);
}
