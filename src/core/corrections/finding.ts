import type { Finding, FindingDraft } from '../checks/finding';
import { type Lang, t } from '../i18n/catalogue';

/** A finding's correction fields for the JSON, and the reason a refused one adds to the message. */
export function correctionOfFinding(
  d: FindingDraft,
  lang: Lang,
): { fields: Pick<Finding, 'correction' | 'correctionRefused'>; note: string } {
  if (d.correction === undefined) return { fields: {}, note: '' };
  if (d.correction === null) {
    const reason = d.correctionRefused ?? 'formula';
    // Appended to the finding's message: a sentence of its own (English sentences are spaced).
    return {
      fields: { correction: null, correctionRefused: reason },
      note: `${lang === 'en-US' ? ' ' : ''}${t(lang, `correction.refused.${reason}`)}`,
    };
  }
  const c = d.correction;
  return {
    fields: {
      correction: {
        sheet: c.at.sheet,
        cell: c.at.address,
        kind: c.kind,
        from: c.from,
        to: c.to,
        display: t(lang, 'correction.display', { value: c.shown }),
        ...(c.span ? { span: { ...c.span } } : {}),
      },
    },
    note: '',
  };
}
