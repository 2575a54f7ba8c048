import { defaultFundingLabels } from '../locate/funding-block';
import type { TextBlock } from '../model/types';
import type { CheckContext } from './context';
import { type TextLine, textLines } from './text-lines';
import { type NamedLevel, namedLevels } from './text-names';
import { findStatements, type Statement } from './text-statements';

/** What the text checks read of the workbook's explanations, worked out once per check run. */
export interface NarrativeReading {
  levels: NamedLevel[];
  blocks: { block: TextBlock; lines: TextLine[] }[];
  statements: Statement[];
}

const readings = new WeakMap<CheckContext, NarrativeReading>();

export function readNarrative(ctx: CheckContext): NarrativeReading {
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
