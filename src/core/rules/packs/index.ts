import type { RulePack } from '../pack';
import { validatePack } from '../validate-pack';
import byTarget from './generic/by-target.json';
import genericPack from './generic/pack.json';
import overallEffectiveness from './guangzhou-department/overall-effectiveness.json';
import runningCost from './guangzhou-department/running-cost.json';
import guangzhouPack from './guangzhou-department/pack.json';
import spendingRate from './guangzhou-department/spending-rate.json';

/** Shipped packs: pack.json names its rules, one file per rule beside it. */
const RULE_FILES: Record<string, Record<string, unknown>> = {
  generic: { 'by-target': byTarget },
  'guangzhou-department': { 'overall-effectiveness': overallEffectiveness, 'spending-rate': spendingRate, 'running-cost': runningCost },
};

function assemble(pack: { name: string; rules: string[] }): RulePack {
  const files = RULE_FILES[pack.name];
  return validatePack({ ...pack, rules: pack.rules.map((id) => files[id]) }, `packs/${pack.name}`);
}

export const shippedPacks: ReadonlyMap<string, RulePack> = new Map(
  [genericPack, guangzhouPack].map((p) => [p.name, assemble(p)] as const),
);
