import { defaultFundingLabels } from '../locate/funding-block';
import type { TextBlock } from '../model/types';
import type { CheckContext } from './context';
import { type TextLine, textLines } from './text-lines';
import { type NamedLevel, namedLevels } from './text-names';
import { findStatements, type Statement } from './text-statements';

/**
 * What the text checks read of the user's own explanation text (the workbook's 自评表说明 as the user wrote it,
 * not the report this tool writes), worked out once per check run.
 */
export interface ExplanationReading {
  levels: NamedLevel[];
  blocks: { block: TextBlock; lines: TextLine[] }[];
  statements: Statement[];
}

const readings = new WeakMap<CheckContext, ExplanationReading>();

export function readExplanationText(ctx: CheckContext): ExplanationReading {
  let reading = readings.get(ctx);
  if (!reading) {
    // Without an explanation in the workbook there is nothing to read: skip indexing every name.
    const levels = ctx.model.texts.length ? namedLevels(ctx.model) : [];
    const blocks = ctx.model.texts.map((block) => ({ block, lines: textLines(block) }));
    const fundingLabels = ctx.fundingLabels ?? defaultFundingLabels;
    const statements = blocks.flatMap((b) => findStatements(b.lines, { levels, fundingLabels, model: ctx.model }));
    reading = { levels, blocks, statements };
    readings.set(ctx, reading);
  }
  return reading;
}
