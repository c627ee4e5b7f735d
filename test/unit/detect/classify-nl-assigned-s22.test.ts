/**
 * Flemish schools and councils write a rejection as "de betrekking werd toegewezen aan …" (the post was given to
 * someone else) and "ik kan u geen opdracht aanbieden" (I can offer you no post): rules-nl takes both as rejection
 * cues. (An inline test, not a case module: the regression is not retrained on it.)
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

describe('a Flemish rejection', () => {
  it('is a rejection when the post went to a colleague and no post can be offered', () => {
    const kind = classifyEmail({
      subject: 'Uw kandidatuur als leraar lager onderwijs',
      from: 'Directie <directie@basisschool-delinde.example>',
      to: 'Tom Peeters <tom.peeters@mail.example>',
      date: '2026-08-20T09:15:00+02:00',
      body: 'Beste meneer Peeters,\n\nDank u voor uw kandidatuur voor de vacature van leraar lager onderwijs in onze school.\n\nNa overleg met het schoolbestuur werd de betrekking toegewezen aan een leerkracht die al in onze scholengroep werkt. Ik kan u dus op dit moment geen opdracht aanbieden.\n\nMet vriendelijke groeten,\nAnn Claes\nDirecteur',
    }).kind;
    expect(kind).toBe('rejection');
  });
});
