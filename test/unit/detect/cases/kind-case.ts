/**
 * A case of the classifier's rule tests: a short email written for a test, and the kind it must be
 * given. The tests (../kind-cases.ts) and the training script (./index.ts) both turn a case into
 * its email here, so the model learns from the very emails the tests check.
 */
import type { EmailInput, EmailKind } from '../../../../src/core/detect/types';

export const READER = 'Sam Rivera <sam.rivera@mail.example>';

export interface KindCase {
  name: string;
  kind: EmailKind;
  body: string;
  subject?: string;
  from?: string;
  to?: string;
}

/** Cases tested together under one title. */
export interface CaseGroup {
  title: string;
  cases: KindCase[];
  /** Writes the group's emails that name no sender, instead of the module's SENDER. */
  sender?: string;
  /** The group's emails are sent on this date, instead of the module's DATE. */
  date?: string;
  /** The rules alone must give the kind, without doubt: the content script then needs no second opinion. */
  rulesAlone?: true;
}

/** The email a case stands for: `sender` writes it when it names no sender, to the reader when it names no recipient. */
export function caseEmail(c: KindCase, sender: string, date: string): EmailInput {
  return {
    subject: c.subject ?? '',
    from: c.from ?? sender,
    to: c.to ?? READER,
    date,
    body: c.body,
  };
}
