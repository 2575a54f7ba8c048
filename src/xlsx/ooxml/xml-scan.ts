/**
 * A small, strict XML scanner for the parts of an .xlsx the fast reader needs. It reports what saxes
 * (ExcelJS's parser) would report for well-formed XML; anything it is not sure about (DOCTYPE, CDATA,
 * carriage returns, unusual names or entities, truncation) makes it decline, and the caller then reads
 * the file through ExcelJS, which gives the exact result or error.
 */

/** The fast reader does not handle this file; the ExcelJS path must read it. Not an error of the file. */
export class Decline extends Error {
  constructor(reason: string) {
    super(`fast read declined: ${reason}`);
    this.name = 'Decline';
  }
}

export interface XmlHandler {
  /** An element opens; `depth` is 0 for the root. `attrs` is the raw attribute text (see `attributes`). */
  open(name: string, attrs: string, depth: number): void;
  close(name: string, depth: number): void;
  /** Text (entities decoded) inside an element; never empty. */
  text(text: string): void;
}

// Characters XML 1.0 forbids, and \r, which saxes would normalise; a BOM is left to ExcelJS too.
const UNUSUAL_CHARS =
  // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
  /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
const SPACE = /^[ \t\n]*$/;

export function scanXml(xml: string, h: XmlHandler): void {
  if (UNUSUAL_CHARS.test(xml)) throw new Decline('unusual characters');
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const raw = xml.slice(i, end);
      if (stack.length === 0) {
        if (!SPACE.test(raw)) throw new Decline('text outside the root');
      } else {
        h.text(decodeText(raw));
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 63 /* ? */) {
      const e = xml.indexOf('?>', lt + 2);
      if (e < 0) throw new Decline('unclosed processing instruction');
      i = e + 2;
      continue;
    }
    if (next === 33 /* ! */) {
      if (!xml.startsWith('<!--', lt)) throw new Decline('DOCTYPE or CDATA');
      const e = xml.indexOf('-->', lt + 4);
      if (e < 0) throw new Decline('unclosed comment');
      i = e + 3;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (next === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trimEnd();
      if (stack.pop() !== name) throw new Decline('mismatched close tag');
      h.close(name, stack.length);
      i = gt + 1;
      continue;
    }
    if (rootSeen && stack.length === 0) throw new Decline('a second root');
    rootSeen = true;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    if (!NAME.test(name)) throw new Decline('unusual element name');
    const depth = stack.length;
    h.open(name, xml.slice(nameEnd, bodyEnd), depth);
    if (selfClosing) h.close(name, depth);
    else stack.push(name);
    i = gt + 1;
  }
  if (!rootSeen || stack.length) throw new Decline('truncated XML');
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10;
}

/** The '>' that ends the tag starting at `from`, skipping any inside quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let at = from;
  for (;;) {
    const gt = xml.indexOf('>', at);
    if (gt < 0) throw new Decline('truncated tag');
    const slice = xml.slice(from, gt);
    if (slice.includes('<')) throw new Decline('"<" inside a tag');
    if (!slice.includes('"') && !slice.includes("'")) return gt;
    if (quotesBalanced(slice)) return gt;
    at = gt + 1;
  }
}

function quotesBalanced(s: string): boolean {
  let quote = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote === 0) {
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  return quote === 0;
}

const ATTR = /\s*([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** The attributes of a tag, values decoded as saxes does (tab and newline become spaces). */
export function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let at = 0;
  while (at < raw.length) {
    if (SPACE.test(raw.slice(at))) break;
    ATTR.lastIndex = at;
    const m = ATTR.exec(raw);
    if (!m) throw new Decline('unusual attributes');
    if (!NAME.test(m[1]) || m[1] in out) throw new Decline('unusual or repeated attribute');
    out[m[1]] = decodeText((m[2] ?? m[3]).replace(/[\t\n]/g, ' '));
    at = ATTR.lastIndex;
  }
  return out;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));|&/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeText(raw: string): string {
  if (raw.includes(']]>')) throw new Decline(']]> in text');
  if (!raw.includes('&')) return raw;
  return raw.replace(ENTITY, (all, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named];
    if (hex === undefined && dec === undefined) throw new Decline('a bare & or unknown entity');
    const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec as string, 10);
    const ok =
      code === 9 ||
      code === 10 ||
      code === 13 ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) throw new Decline(`character reference ${all}`);
    return String.fromCodePoint(code);
  });
}
