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

describe('the ends of a name', () => {
  it('ends a name at "Inc." before a new sentence', () => {
    expect(
      company(
        'Rhea Santos <recruitment@lumad-bpo.example>',
        'Good day!\n\nThank you for applying to Lumad Contact Solutions Inc. Kindly be informed that the post is filled.\n\nRhea',
      ),
    ).toBe('Lumad Contact Solutions Inc.');
  });

  it("reads the employer a footer sends on behalf of, without the footer's words", () => {
    expect(
      company(
        'HireDesk <notifications@hiredesk.example>',
        'Hi Sam,\n\nYour interview has been booked.\n\nEmployer: Eastvale College Catering Services\nWhen: Monday at 3 PM\n\n[Manage interview]\n\nHireDesk · Sent on behalf of Eastvale College Catering Services',
      ),
    ).toBe('Eastvale College Catering Services');
  });

  it("leaves the scheduling tool out of the sender's name", () => {
    expect(
      company(
        'Camp Larchmere via Calendly <notifications@calendly-mail.example>',
        'Hi Zoe,\n\nYour event is scheduled.\n\nWhat: Counsellor chat with Camp Larchmere (30 min)\n\nPowered by Calendly',
      ),
    ).toBe('Camp Larchmere');
  });
});

describe('a name that the domain spells in part', () => {
  it('goes on over "&" to the rest of the name', () => {
    expect(
      company(
        'Niall Foley <niall@foleyroofing.example>',
        'hi Sean\n\nright so the apprenticeship is yours if u want it, 4 yrs, start 7.30 at the yard\n\nvan leaves for the job in Bray at 8 so dont be late monday\n\ngive us a ring or text back\nNiall\nFoley Roofing & Cladding\n087 555 0101',
      ),
    ).toBe('Foley Roofing & Cladding');
  });

  it('does not split a German legal form at its "&"', () => {
    expect(
      company(
        'Petra Lang <p.lang@lang-holzbau.example>',
        'Hallo Jonas,\n\nwir freuen uns, dir die Stelle anzubieten.\n\nPetra Lang\nLang Holzbau GmbH & Co. KG',
      ),
    ).not.toBe('Lang Holzbau GmbH & Co.');
  });
});
