import type { MessageKey } from '../../i18n/catalogue';
import type { RulePack } from '../pack';
import { validatePack } from '../validate-pack';
import byTarget from './generic/by-target.json';
import genericPack from './generic/pack.json';
import overallEffectiveness from './guangzhou-department/overall-effectiveness.json';
import runningCost from './guangzhou-department/running-cost.json';
import guangzhouPack from './guangzhou-department/pack.json';
import spendingRate from './guangzhou-department/spending-rate.json';

/** Shipped packs by name: pack.json names its rules, one file per rule beside it; `titleKey` is its name in the catalogue. */
const SHIPPED = {
  generic: { pack: genericPack, titleKey: 'pack.title.generic', rules: { 'by-target': byTarget } },
  'guangzhou-department': {
    pack: guangzhouPack,
    titleKey: 'pack.title.guangzhou-department',
    rules: {
      'overall-effectiveness': overallEffectiveness,
      'spending-rate': spendingRate,
      'running-cost': runningCost,
    },
  },
} satisfies Record<
  string,
  { pack: { name: string; rules: string[] }; titleKey: MessageKey; rules: Record<string, unknown> }
>;

/** The name of a pack that ships with the engine (what `--rules` and the pane's settings accept besides a file). */
export type ShippedPackName = keyof typeof SHIPPED;

/** What a pack list shows of a shipped pack: its name, its title in either language, the pack's own title and description. */
export interface ShippedPackInfo {
  name: ShippedPackName;
  titleKey: MessageKey;
  title: string;
  description: string;
}

function assemble(name: ShippedPackName): RulePack {
  const { pack, rules } = SHIPPED[name];
  const files: Record<string, unknown> = rules;
  return validatePack({ ...pack, rules: pack.rules.map((id) => files[id]) }, `packs/${name}`);
}

const NAMES = Object.keys(SHIPPED) as ShippedPackName[];

export const shippedPacks: ReadonlyMap<string, RulePack> = new Map(
  NAMES.map((name) => [name, assemble(name)] as const),
);

/** The shipped packs, for a list to choose from (the pane's settings): in the order they are offered. */
export const shippedPackList: readonly ShippedPackInfo[] = NAMES.map((name) => {
  const pack = shippedPacks.get(name) as RulePack;
  return { name, titleKey: SHIPPED[name].titleKey, title: pack.title ?? name, description: pack.description ?? '' };
});

export function isShippedPackName(value: string): value is ShippedPackName {
  return Object.prototype.hasOwnProperty.call(SHIPPED, value);
}
