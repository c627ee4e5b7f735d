/**
 * Breadth round zk/zl: casual small employers (zk) and the English of many countries (zl). A
 * course, lesson or tour whose places are all taken is not a job the reader lost; a job whose
 * places are filled still is. Each case is written for this test in its own words, none taken
 * from a corpus; each fails without the rule named in the comment above it, except the guards,
 * which show what must stay as it is.
 */
import { describe } from 'vitest';
import { checkKinds, type KindCase } from './kind-cases';

const SENDER = 'Noor Haddad <noor@riverside-studio.example>';

function check(cases: KindCase[]): void {
  checkKinds(cases, SENDER, '2026-09-14T09:00:00+00:00');
}

describe('places that are filled', () => {
  check([
    // x4 places|seats|spots|tickets for _3 course|lesson|lessons|tour|workshop|workshops (rules-en-against)
    {
      name: 'the seats for a weekend sourdough course are all taken',
      kind: 'other',
      subject: 'Sourdough course',
      body: 'Hello Sam, sorry, the seats for the weekend sourdough course have all been filled. We will email you when we add another date.',
    },
    // guard: a job's places filled is a rejection
    {
      name: 'the places on a trainee scheme the reader applied to are filled',
      kind: 'rejection',
      subject: 'Your application',
      body: 'Dear Sam, thank you for applying to our trainee scheme. All places for this intake have now been filled and we are unable to progress your application.',
    },
  ]);
});
