import reportTemplates from '../data/report-templates.json';

export type Templates = typeof reportTemplates;
export const defaultTemplates: Templates = reportTemplates;

/** Fills {name} placeholders; a missing value leaves the placeholder visible rather than inventing text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}
