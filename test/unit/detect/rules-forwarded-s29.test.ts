/**
 * A forwarded message the sender points at ("see below") counts, as the issue asks, even when the
 * sender's own words already hold job words: a colleague on the same domain passing on an internal
 * vacancy's interview invitation ("Congratulations on getting through to interview, see below") said
 * too little alone against "internal mail", and the forwarded invitation was never read. A friend
 * pointing at her own forwarded offer stays "other", as does the sender's own invitation forwarded
 * with words against a job email ("sis can you drive me there?", in cases/patterns.ts).
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

const forwarded = (from: string, to: string, subject: string, own: string, original: string) => ({
  from,
  to,
  subject,
  date: '2026-05-08T09:00:00+01:00',
  body: `${own}\n\n---------- Forwarded message ---------\nFrom: ${original}`,
});

describe('a forwarded message the sender points at', () => {
  it("counts over the sender's own words on the reader's domain", () => {
    const email = forwarded(
      'Jamie Cole <jamie.cole@northgate-council.example>',
      'Sam Patel <sam.patel@northgate-council.example>',
      'FW: Senior Planner (internal) - next step',
      'Sam, this landed in the team inbox instead of yours, see below. Congratulations on getting through to interview, well deserved!\n\nJamie',
      'HR Recruitment <recruitment@northgate-council.example>\nDate: Thu, 7 May 2026 at 16:02\nSubject: Senior Planner (internal) - next step\n\nDear Sam,\n\nThank you for applying for the internal Senior Planner post. We would like to invite you to an interview on Thursday 14 May at 11:00 in Room 2.04.\n\nPlease confirm you can attend.\n\nRegards\nHR Recruitment',
    );
    expect(classifyEmail(email).kind).toBe('interview');
  });

  it('stays other when a friend points at her own offer', () => {
    const email = forwarded(
      'Priya Shah <priya.shah@gmail.example>',
      'Sam Patel <sam.patel@gmail.example>',
      'Fwd: Offer of employment - Data Analyst',
      'SAM. Look at this, see below!!! I got it. Drinks on me on Friday.\n\nP x',
      'Talent Team <talent@brightfold.example>\nDate: Thu, 7 May 2026 at 16:02\nSubject: Offer of employment - Data Analyst\n\nDear Priya,\n\nWe are delighted to offer you the position of Data Analyst at Brightfold, starting on 1 June 2026 with a salary of £38,000.\n\nPlease sign the attached contract by 15 May.\n\nKind regards\nTalent Team',
    );
    expect(classifyEmail(email).kind).toBe('other');
  });
});
