/** Each email in ./cases/casual-s17.ts (its header says what they are) must be classified as its case says. */
import { DATE, GROUPS, SENDER } from './cases/casual-s17';
import { checkGroups } from './kind-cases';

checkGroups(GROUPS, SENDER, DATE);
