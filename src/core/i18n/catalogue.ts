import enUS from './en-US.json';
import zhCN from './zh-CN.json';

export type Lang = 'zh-CN' | 'en-US';
export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;

const catalogues: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isLang(value: string): value is Lang {
  return value === 'zh-CN' || value === 'en-US';
}

/** Each template split once into literal text (even places) and placeholder names (odd places). */
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (parts === undefined) {
    // split with a capture group keeps the names at the odd places.
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

/** A message from the catalogue with {name} placeholders filled; "term.x" values are translated too. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const parts = partsOf(catalogues[lang][key] ?? catalogues['zh-CN'][key] ?? key);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const value = params[parts[i]];
    if (value === undefined) out += `{${parts[i]}}`;
    else {
      const text = String(value);
      // A value that is itself a catalogue key ("term.points", "rule.bands") is said in the same language.
      out += text in catalogues[lang] ? catalogues[lang][text as MessageKey] : text;
    }
    out += parts[i + 1];
  }
  return out;
}
