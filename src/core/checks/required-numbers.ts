import type { Field } from '../model/types';
import type { CheckContext } from './context';
import { indicatorName } from './context';

/** A cell that must hold a number for the table to be checked, with the words to name it. */
export interface RequiredNumber {
  field: Field;
  owner: string;
  term: string;
  /** True for an indicator's own points or score: leaving it empty is itself a finding. */
  mustBeFilled: boolean;
}

// Two checks (missing-value, invalid-value) walk the same list: gather it once per check run.
const gathered = new WeakMap<CheckContext, RequiredNumber[]>();

/** Every cell the checks read as a number: indicators', stated sums', funding figures. */
export function requiredNumbers(ctx: CheckContext): RequiredNumber[] {
  let list = gathered.get(ctx);
  if (!list) gathered.set(ctx, (list = gather(ctx)));
  return list;
}

function gather(ctx: CheckContext): RequiredNumber[] {
  const out: RequiredNumber[] = [];
  for (const table of ctx.model.scoreTables) {
    for (const ind of table.indicators) {
      const owner = indicatorName(ind);
      if (ind.points && table.header.points)
        out.push({ field: ind.points, owner, term: 'term.points', mustBeFilled: true });
      if (ind.score && table.header.score)
        out.push({ field: ind.score, owner, term: 'term.score', mustBeFilled: true });
    }
    for (const sum of table.sums) {
      if (sum.kind === 'name-points') continue;
      for (const key of ['points', 'score'] as const) {
        const field = sum[key];
        if (field) out.push({ field, owner: sum.label, term: `term.${key}`, mustBeFilled: false });
      }
    }
  }
  for (const block of ctx.model.fundingBlocks) {
    for (const fact of Object.values(block.facts)) {
      if (fact) out.push({ field: fact, owner: fact.label, term: 'term.value', mustBeFilled: false });
    }
  }
  for (const table of ctx.model.fundingTables) {
    for (const line of table.lines) {
      for (const [role, field] of Object.entries(line.values)) {
        if (field)
          out.push({ field, owner: line.label, term: `term.${role === 'item' ? 'value' : role}`, mustBeFilled: false });
      }
    }
  }
  return out;
}
