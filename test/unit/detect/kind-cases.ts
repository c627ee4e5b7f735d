/**
 * One test per written email: it must be classified as `kind`. Shared by the pattern tests.
 */
import { expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';

export const READER = 'Sam Rivera <sam.rivera@mail.example>';

export interface KindCase {
  name: string;
  kind: EmailKind;
  body: string;
  subject?: string;
  from?: string;
  to?: string;
}

/** Defines the tests; `sender` writes the emails that name no sender, on `date`. */
export function checkKinds(cases: KindCase[], sender: string, date: string): void {
  for (const c of cases) {
    it(c.name, () => {
      const email: EmailInput = {
        subject: c.subject ?? '',
        from: c.from ?? sender,
        to: c.to ?? READER,
        date,
        body: c.body,
      };
      expect(classifyEmail(email).kind).toBe(c.kind);
    });
  }
}
