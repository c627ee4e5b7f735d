/**
 * An e-signature service's envelope ("… sent you a document to review and sign") around an offer letter
 * is the offer when the sender's own note in it says so: the envelope's words count against a job kind,
 * but no longer decide alone (a bare envelope naming only the document stays "other": the rule tests'
 * 'en e-sign request'). On the corpus, five such envelopes are offers and one is not.
 * (An inline test, not a case module: the regression is not retrained on it.)
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

describe('an e-signature envelope around an offer letter', () => {
  it('is an offer when the note inside it hands over the offer', () => {
    const result = classifyEmail({
      subject: 'Please sign: Offer Letter – Dana Whitfield – Site Reliability Engineer',
      from: 'Owen Barker via Signwell <notifications@signwell.example>',
      to: 'Dana Whitfield <dana.whitfield@mail.example>',
      body: 'Owen Barker sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nOwen Barker\nowen.barker@corvane.example\n\nHi Dana,\n\nCongratulations! As promised on the phone, here is your offer letter for the Site Reliability Engineer position at Corvane. Please review and sign it by Thursday, and shout if anything needs a second look.\n\nOwen\n\nDo not forward this email: the link above lets anyone sign in your name.',
    });
    expect(result.kind).toBe('offer');
  });
});
