/** Each email in ./cases/phrases-s28.ts (its header says what they are) must be classified as its case says. */
import { DATE, GROUPS, SENDER } from './cases/phrases-s28';
import { checkGroups } from './kind-cases';

checkGroups(GROUPS, SENDER, DATE);
