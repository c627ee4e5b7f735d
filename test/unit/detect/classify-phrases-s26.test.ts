/** Each email in ./cases/phrases-s26.ts (its header says what they are) must be classified as its case says. */
import { describe } from 'vitest';
import { DATE, GROUPS, SENDER } from './cases/phrases-s26';
import { checkKinds, checkRulesAlone } from './kind-cases';

for (const group of GROUPS) {
  const sender = group.sender ?? SENDER;
  const date = group.date ?? DATE;
  describe(group.title, () =>
    group.rulesAlone ? checkRulesAlone(group.cases, sender, date) : checkKinds(group.cases, sender, date),
  );
}
