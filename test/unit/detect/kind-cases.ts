/**
 * One test per written email: it must be classified as `kind`. Shared by the pattern tests.
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { analyse, classifyByRules, decide } from '../../../src/core/detect/classify';
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';
import { type CaseGroup, caseEmail, type KindCase } from './cases/kind-case';

/** Defines the tests; `sender` writes the emails that name no sender, on `date`. */
export function checkKinds(cases: KindCase[], sender: string, date: string): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(classifyEmail(caseEmail(c, sender, date)).kind).toBe(c.kind);
    });
  }
}

/**
 * The rules alone give `kind`, without doubt: an "other" needs no second opinion, and a job kind is
 * clear of the band where the second opinion decides (it may only veto it, engine.ts VETO_BAND).
 */
export function checkRulesAlone(cases: KindCase[], sender: string, date: string): void {
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

/** One describe per group: its cases by the rules alone when the group says so, else by the whole classifier. */
export function checkGroups(groups: CaseGroup[], sender: string, date: string): void {
  for (const group of groups) {
    const from = group.sender ?? sender;
    const on = group.date ?? date;
    describe(group.title, () =>
      group.rulesAlone ? checkRulesAlone(group.cases, from, on) : checkKinds(group.cases, from, on),
    );
  }
}

/** The kind, decided by the rules with `phrase` among the evidence (not left to the second opinion's guess). */
export function expectDecided(email: EmailInput, kind: EmailKind, phrase: string): void {
  const result = classifyEmail(email);
  expect(result.kind).toBe(kind);
  expect(result.evidence).toContain(phrase);
}
