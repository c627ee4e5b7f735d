/** Each email in ./cases/rescinded-nl-s22.ts (its header says what they are) must be classified as its case says. */
import { describe } from 'vitest';
import { DATE, GROUPS, SENDER } from './cases/rescinded-nl-s22';
import { checkKinds } from './kind-cases';

for (const group of GROUPS) describe(group.title, () => checkKinds(group.cases, group.sender ?? SENDER, DATE));
