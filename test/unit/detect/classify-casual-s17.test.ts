/** Each email in ./cases/casual-s17.ts (its header says what they are) must be classified as its case says. */
import { describe, expect, it } from 'vitest';
import { classifyByRules } from '../../../src/core/detect/classify';
import { DATE, GROUPS, SENDER } from './cases/casual-s17';
import { caseEmail, type KindCase } from './cases/kind-case';
import { checkKinds } from './kind-cases';

/** The rules alone give `kind`, without doubt: the content script needs no second opinion. */
function checkRulesAlone(cases: KindCase[], sender: string, date: string): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(classifyByRules(caseEmail(c, sender, date))).toMatchObject({ kind: c.kind, undecided: false });
    });
  }
}

for (const group of GROUPS) {
  const sender = group.sender ?? SENDER;
  const date = group.date ?? DATE;
  describe(group.title, () =>
    group.rulesAlone ? checkRulesAlone(group.cases, sender, date) : checkKinds(group.cases, sender, date),
  );
}
