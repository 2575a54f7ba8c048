import enUS from './en-US.json';
import zhCN from './zh-CN.json';

export type Lang = 'zh-CN' | 'en-US';
export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isLang(value: string): value is Lang {
  return value === 'zh-CN' || value === 'en-US';
}

/** A message from the catalogue with {name} placeholders filled; "term.x" values are translated too. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key] ?? catalogues['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = String(value);
    // A value that is itself a catalogue key ("term.points", "rule.bands") is said in the same language.
    return text in catalogues[lang] ? catalogues[lang][text as MessageKey] : text;
  });
}
