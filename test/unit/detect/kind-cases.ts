/**
 * One test per written email: it must be classified as `kind`. Shared by the pattern tests.
 */
import { expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { caseEmail, type KindCase } from './cases/kind-case';

/** Defines the tests; `sender` writes the emails that name no sender, on `date`. */
export function checkKinds(cases: KindCase[], sender: string, date: string): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(classifyEmail(caseEmail(c, sender, date)).kind).toBe(c.kind);
    });
  }
}
