/** Each email in ./cases/tests-s19.ts (its header says what they are) must be classified as its case says. */
import { describe } from 'vitest';
import { DATE, GROUPS, SENDER } from './cases/tests-s19';
import { checkKinds } from './kind-cases';

for (const group of GROUPS) describe(group.title, () => checkKinds(group.cases, group.sender ?? SENDER, DATE));
