/**
 * The faces of the 公文 and what Word falls back to where one is not installed.
 *
 * A run names one face per script (`w:rFonts`); a fallback cannot be listed there. Word looks a missing face up in
 * the document's font table instead: `w:altName` gives other names to try, and the character set (86, GB2312),
 * family and pitch let it substitute a like face when none of them is there. 仿宋_GB2312 and 楷体_GB2312 come with
 * old Windows and most government machines; newer Windows has 仿宋 and 楷体; 方正小标宋简体 is a commercial face
 * that only some machines have, so its fallback is 宋体.
 */
export const FONT = {
  xiaoBiaoSong: '方正小标宋简体',
  heiTi: '黑体',
  kaiTi: '楷体_GB2312',
  fangSong: '仿宋_GB2312',
  songTi: '宋体',
  latin: 'Times New Roman',
} as const;

interface FontEntry {
  name: string;
  /** Names to try when `name` is not installed, best first. */
  altNames: string[];
  charset: string;
  family: 'roman' | 'swiss' | 'modern' | 'script' | 'decorative' | 'auto';
  pitch: 'fixed' | 'variable' | 'default';
}

const CHINESE = { charset: '86', pitch: 'variable' } as const;

const FONT_TABLE: FontEntry[] = [
  { name: FONT.fangSong, altNames: ['仿宋', 'FangSong', 'STFangsong'], family: 'modern', ...CHINESE },
  { name: FONT.kaiTi, altNames: ['楷体', 'KaiTi', 'STKaiti'], family: 'modern', ...CHINESE },
  { name: FONT.heiTi, altNames: ['SimHei', 'STHeiti'], family: 'modern', ...CHINESE },
  { name: FONT.xiaoBiaoSong, altNames: ['宋体', 'SimSun', 'STSong'], family: 'roman', ...CHINESE },
  { name: FONT.songTi, altNames: ['SimSun', 'STSong'], family: 'roman', ...CHINESE },
  { name: FONT.latin, altNames: [], charset: '00', family: 'roman', pitch: 'variable' },
];

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** `word/fontTable.xml` listing the document's faces with their fallbacks. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${attr(f.name)}">` +
      (f.altNames.length ? `<w:altName w:val="${attr(f.altNames.join(','))}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}">${fonts}</w:fonts>`;
}

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
