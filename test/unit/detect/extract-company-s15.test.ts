/**
 * Company, round s15: a business named after its owner ("Callum Frost Photography" under a signature "Callum"
 * from Callum Frost) is the employer; the owner's own name on a line, or followed by a title, is not.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, body: string) =>
  extractDetails({ from, subject: 'second shooter', body, date: '2026-03-02T09:00:00Z' }, { kind: 'rejection' })
    .company;

describe('a business named after its owner', () => {
  it("takes the owner's name with the trade after it", () => {
    expect(
      company(
        'Maren Holt <hello@marenholtphoto.example>',
        "Hi Dara!\n\nThanks for sending your gallery. I've gone with someone else this year, sorry.\n\nMaren\nMaren Holt Photography\n",
      ),
    ).toBe('Maren Holt Photography');
  });

  it("does not take the owner's name followed by a title for the employer", () => {
    expect(
      company(
        'Maren Holt <hello@gmail.example>',
        "Hi Dara!\n\nThanks for sending your gallery. I've gone with someone else this year, sorry.\n\nMaren\nMaren Holt Photographer\n",
      ),
    ).not.toBe('Maren Holt Photographer');
  });
});

describe('an English interjection before a name', () => {
  it('is not read as the Portuguese "no" before an employer', () => {
    expect(
      company(
        'Maartje Koning <maartje.koning@mail.example>',
        "Oh no Ils, I'm so sorry. Their loss, honestly.\n\nCome over Friday, I'll make the lasagne.\n\nxx M",
      ),
    ).toBeNull();
  });
});
