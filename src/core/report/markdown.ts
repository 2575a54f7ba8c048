import type { ReportDocument } from './document';

/** The 自评表说明 as Markdown: title, headings one level down, paragraphs, pipe tables. */
export function renderMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${doc.title}`, ''];
  for (const block of doc.blocks) {
    if (block.kind === 'title') out.push(`# ${escape(block.text)}`, '');
    else if (block.kind === 'heading') out.push(`${'#'.repeat(block.level + 1)} ${escape(block.text)}`, '');
    else if (block.kind === 'paragraph') out.push(...block.text.split('\n').map(escape), '');
    else {
      const [head, ...body] = block.rows;
      out.push(`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
      for (const row of body) out.push(`| ${row.map(cell).join(' | ')} |`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Text that Markdown would read as markup at the start of a line (a "1." or "-" list, a "#") stays text. */
function escape(text: string): string {
  return text.replace(/^(\s*)([#>*+-]|\d+\.)(?=\s|$)/, '$1\\$2');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
