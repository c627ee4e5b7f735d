/**
 * Company, round s17: a sentence that opens with a participle or a conjunction ("Having reviewed …, we", "Once
 * checked …") names no employer before its verb.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

describe('a sentence opener before a verb', () => {
  it('is no employer', () => {
    const details = extractDetails(
      {
        from: 'Dana Kell <dana@kellsearch.example>',
        subject: 'Your application',
        body: 'Dear Sam,\n\nHaving reviewed the shortlist with the board of Marlow Freight, I am sorry to say you were not selected.\n\nKind regards,\nDana',
        date: '2026-03-02T09:00:00Z',
      },
      { kind: 'rejection' },
    );
    expect(details.company).not.toBe('Having');
  });
});
