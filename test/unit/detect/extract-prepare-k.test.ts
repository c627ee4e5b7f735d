/**
 * Where extraction's newest message ends: at the lines the classifier's splitter (text.ts) ends it
 * at, and also at Outlook's rule above a header block and at an English attribution without its
 * colon, whose dates and names must not reach the extractors.
 */
import { describe, expect, it } from 'vitest';
import { prepare } from '../../../src/core/detect/extract/prepare';

const newest = (body: string): string =>
  prepare({ subject: 'Re: Thursday', from: 'Ines Varga <ines@orlo.example>', body }).newest.trim();

const REPLY = 'Hi Theo,\n\nThursday at 2 pm works for us.\n\nInes';

describe("the newest message of a reply ends where the classifier's splitter ends it", () => {
  it('at a German attribution with the name after the verb', () => {
    expect(
      newest(`${REPLY}\n\nAm 03.03.2026 um 09:12 schrieb Theo Brandt <theo@post.example>:\n> Passt Donnerstag?`),
    ).toBe(REPLY);
  });

  it('at a forwarded-message banner', () => {
    expect(
      newest(`${REPLY}\n\n---------- Forwarded message ---------\nFrom: Kai <kai@orlo.example>\nFriday 10 am?`),
    ).toBe(REPLY);
  });
});

describe('and also where the splitter reads on', () => {
  it("at Outlook's rule above the header block", () => {
    expect(
      newest(
        `${REPLY}\n________________________________\nFrom: Theo Brandt <theo@post.example>\nSent: Monday, March 2, 2026 4:10 PM\nTo: Ines Varga\nSubject: Thursday\n\nDoes Friday 9 am work?`,
      ),
    ).toBe(REPLY);
  });

  it('at an attribution that lost its colon', () => {
    expect(
      newest(
        `${REPLY}\n\nOn Mon, Mar 2, 2026 at 4:10 PM Theo Brandt <theo@post.example> wrote\n\n> Does Friday 9 am work?`,
      ),
    ).toBe(REPLY);
  });
});
