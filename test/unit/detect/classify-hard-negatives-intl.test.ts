/** Each email in ./cases/hard-negatives-intl.ts (its header says what they are) must be classified as its case says. */
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../../src/core/detect/lang';
import { DATE, GROUPS, SENDER } from './cases/hard-negatives-intl';
import { checkKinds } from './kind-cases';

for (const group of GROUPS) {
  describe(group.title, () => checkKinds(group.cases, group.sender ?? SENDER, group.date ?? DATE));
}

describe('language', () => {
  // lang.ts: 'meu' and 'pode' are Portuguese function words
  it('a two-line Portuguese note reads as Portuguese', () => {
    expect(languageOf('Pode vir sábado de manhã?\nEnviado do meu celular')).toBe('pt');
  });
});
