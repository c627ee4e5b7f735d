/** Each email in ./cases/casual-s17.ts (its header says what they are) must be classified as its case says. */
import { describe, expect, it } from 'vitest';
import { analyse, classifyByRules, classifyEmail, decide } from '../../../src/core/detect/classify';
import { DATE, GROUPS, SENDER } from './cases/casual-s17';
import { caseEmail, type KindCase } from './cases/kind-case';
import { checkKinds } from './kind-cases';

/**
 * The rules alone give `kind`, without doubt: an "other" needs no second opinion, and a job kind is
 * clear of the band where the second opinion decides (it may only veto it, engine.ts VETO_BAND).
 */
function checkRulesAlone(cases: KindCase[], sender: string, date: string): void {
  for (const c of cases) {
    it(c.name, () => {
      const email = caseEmail(c, sender, date);
      if (c.kind === 'other') {
        expect(classifyByRules(email)).toMatchObject({ kind: 'other', undecided: false });
        return;
      }
      const { kind, undecided, vetoOnly } = decide(analyse(email));
      expect(kind).toBe(c.kind);
      expect(!undecided || vetoOnly).toBe(true);
      expect(classifyEmail(email).kind).toBe(c.kind);
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
