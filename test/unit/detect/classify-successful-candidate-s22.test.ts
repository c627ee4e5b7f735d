/**
 * Each email in ./cases/successful-candidate-s22.ts (its header says what they are) must be classified as its case
 * says; and the successful candidate described ("will report to") adds nothing to the rules' rejection score, whatever
 * the second opinion makes of the email.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/detect/classify';
import { caseEmail } from './cases/kind-case';
import { DATE, GROUPS, SENDER } from './cases/successful-candidate-s22';
import { checkKinds } from './kind-cases';

for (const group of GROUPS) describe(group.title, () => checkKinds(group.cases, group.sender ?? SENDER, DATE));

describe('the rules', () => {
  it('take back "successful candidate" when it is described', () => {
    const described = GROUPS[0]?.cases[0];
    if (!described) throw new Error('no case');
    expect(analyse(caseEmail(described, SENDER, DATE)).scores.r).toBe(0);
  });
});
