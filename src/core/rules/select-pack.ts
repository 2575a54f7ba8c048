import type { WorkbookModel } from '../model/types';
import type { RulePack } from './pack';
import { shippedPacks } from './packs/index';

/** A pack and the packs it extends, in look-up order. */
export function packChain(pack: RulePack, known: ReadonlyMap<string, RulePack> = shippedPacks): RulePack[] {
  const chain: RulePack[] = [pack];
  let next = pack.extends;
  while (next && !chain.some((p) => p.name === next)) {
    const parent = known.get(next);
    if (!parent) break;
    chain.push(parent);
    next = parent.extends;
  }
  return chain;
}

/** The shipped pack whose appliesTo words the unit name or title contains; else the generic one. */
export function autoPack(model: WorkbookModel): RulePack {
  const text = `${model.meta.unit?.text ?? ''} ${model.meta.title?.text ?? ''}`;
  for (const pack of shippedPacks.values()) {
    if (pack.appliesTo.some((w) => text.includes(w))) return pack;
  }
  return shippedPacks.get('generic') as RulePack;
}
