/** The forms corpus: the national, Sichuan and Guizhou self-evaluation forms as people fill them, with hand-worked expectations. */
import { guizhouForms } from './guizhou';
import { moreProvinceForms } from './more-provinces';
import { multiTableForms } from './multi-table';
import { nationalDepartmentForms } from './national-department';
import { nationalProjectForms } from './national-project';
import { sichuanForms } from './sichuan';
import { targetForms } from './targets';
import { thirdProvinceForms } from './third-provinces';
import type { FormSpec } from './types';

export type { FormSpec } from './types';

export const forms: FormSpec[] = [
  ...nationalProjectForms,
  ...nationalDepartmentForms,
  ...multiTableForms,
  ...sichuanForms,
  ...guizhouForms,
  ...targetForms,
  ...moreProvinceForms,
  ...thirdProvinceForms,
];
