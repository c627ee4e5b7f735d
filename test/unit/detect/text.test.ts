import { describe, expect, it } from 'vitest';
import { capInput, cleanText, INPUT_CAP, newestMessage } from '../../../src/core/detect';

describe('cleanText', () => {
  it('drops zero-width and bidi controls and folds look-alikes, quotes, dashes and spaces', () => {
    expect(cleanText('of\u200bfer\u202e you\u2066\u2069 \ufeffthe\u200d role')).toBe('offer you the role');
    expect(cleanText('\u201cWe\u2019re\u201d \u2013 \u00a0ok')).toBe('"We\'re" -  ok');
    expect(cleanText('ｏｆｆｅｒ ﬁnal')).toBe('offer final');
    expect(cleanText('оffer')).toBe('offer'); // Cyrillic о
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('reads every Cyrillic and Greek look-alike as the Latin letter it looks like', () => {
    expect(cleanText('АВЕКМНОРСТХ аеорсухіјѕ ΑΒΕΗΙΚΜΝΟΡΤΧΥΖ οιν')).toBe('ABEKMHOPCTX aeopcyxijs ABEHIKMNOPTXYZ oiv');
    // their neighbours are left as they are
    expect(cleanText('БГДЖбгдж ΓΔΘΛγδθλ')).toBe('БГДЖбгдж ΓΔΘΛγδθλ');
  });

  it('caps the input without splitting a surrogate pair', () => {
    expect(capInput('x'.repeat(INPUT_CAP + 10)).length).toBe(INPUT_CAP);
    const emoji = `${'x'.repeat(INPUT_CAP - 1)}😀`;
    expect(capInput(emoji).length).toBe(INPUT_CAP - 1);
    expect(capInput(undefined as unknown as string)).toBe('');
  });
});

describe('newestMessage', () => {
  const quoted = '> We are pleased to offer you the role.';
  const cases: [string, string][] = [
    ['English', 'On Mon, Mar 9, 2026 at 10:41 AM Dana Lee <dana@acme.example> wrote:'],
    ['English, wrapped', 'On Mon, Mar 9, 2026 at 10:41 AM Dana Lee <dana@acme.example>\nwrote:'],
    ['Apple', 'On 18 Mar 2026, at 15:52, Dana Lee <dana@acme.example> wrote:'],
    ['German', 'Am 10.03.2026 um 09:12 schrieb Dana Lee <dana@acme.example>:'],
    ['French', 'Le lun. 9 mars 2026 à 10:41, Dana Lee <dana@acme.example> a écrit :'],
    ['Spanish', 'El mié, 11 mar 2026 a las 19:02, Dana Lee (<dana@acme.example>) escribió:'],
    ['Portuguese', 'Em qui., 12 de mar. de 2026 às 18:47, Dana Lee <dana@acme.example> escreveu:'],
    ['Dutch', 'Op ma 16 mrt 2026 om 20:11 schreef Dana Lee <dana@acme.example>:'],
  ];
  it.each(cases)('strips history after a %s attribution line', (_, attribution) => {
    const parts = newestMessage(`Thanks, that works for me.\n\n${attribution}\n${quoted}\n> More.`);
    expect(parts.main).toBe('Thanks, that works for me.');
    expect(parts.quoted).toContain('pleased to offer');
    expect(parts.main).not.toContain('offer');
  });

  const outlook: [string, string][] = [
    ['English', 'From: Dana Lee <dana@acme.example>\nSent: Monday, March 9, 2026 10:41 AM\nTo: Sam\nSubject: Offer'],
    ['German', 'Von: Dana Lee <dana@acme.example>\nGesendet: Montag, 9. März 2026 10:41\nAn: Sam\nBetreff: Angebot'],
    ['French', 'De : Dana Lee <dana@acme.example>\nEnvoyé : lundi 9 mars 2026 10:41\nÀ : Sam\nObjet : Offre'],
    [
      'Spanish',
      'De: Dana Lee <dana@acme.example>\nEnviado: lunes, 9 de marzo de 2026 10:41\nPara: Sam\nAsunto: Oferta',
    ],
    [
      'Portuguese',
      'De: Dana Lee <dana@acme.example>\nEnviado: segunda-feira, 9 de março de 2026 10:41\nPara: Sam\nAssunto: Proposta',
    ],
    ['Dutch', 'Van: Dana Lee <dana@acme.example>\nVerzonden: maandag 9 maart 2026 10:41\nAan: Sam\nOnderwerp: Aanbod'],
  ];
  it.each(outlook)('strips a %s Outlook header block and what follows', (_, header) => {
    const body = `Thanks, that works for me.\n\n________________________________\n${header}\n\nWe are pleased to offer you the role.`;
    const parts = newestMessage(body, 'RE: Offer');
    expect(parts.main).toBe('Thanks, that works for me.');
    expect(parts.quoted).toContain('pleased to offer');
    expect(parts.forwarded).toBe('');
  });

  it('keeps an Outlook block as forwarded when the subject is a forward', () => {
    const body = `See below.\n\n-----Original Message-----\n${outlook[0]?.[1]}\n\nWe are pleased to offer you the role.`;
    const parts = newestMessage(body, 'FW: Offer');
    expect(parts.main).toBe('See below.');
    expect(parts.forwarded).toContain('pleased to offer');
  });

  it('keeps a forwarded message apart', () => {
    const body =
      'FYI, this came in.\n\n---------- Forwarded message ---------\nFrom: Dana <dana@acme.example>\nSubject: Offer\n\nWe are pleased to offer you the role.';
    const parts = newestMessage(body, 'Fwd: Offer');
    expect(parts.main).toBe('FYI, this came in.');
    expect(parts.forwarded).toContain('pleased to offer you the role');
  });

  it('drops ">" lines and keeps a bottom-posted reply', () => {
    expect(newestMessage('> Can you do Tuesday?\n> Dana\nYes, Tuesday at 3 works.').main).toBe(
      'Yes, Tuesday at 3 works.',
    );
  });

  const closings = [
    'Best regards,',
    'Kind regards,',
    'Thanks,',
    'Cheers,',
    'Mit freundlichen Grüßen',
    'Cordialement,',
    'Un saludo,',
    'Atenciosamente,',
    'Met vriendelijke groet,',
    '-- ',
  ];
  it.each(closings)('splits the signature at "%s"', (closing) => {
    const parts = newestMessage(
      `Hi Sam,\n\nSee you on Tuesday.\n\n${closing}\nDana Lee\nRecruiter | Acme\n+1 555 0100`,
    );
    expect(parts.main).toBe('Hi Sam,\n\nSee you on Tuesday.');
    expect(parts.signature).toContain('Dana Lee');
  });

  it('splits device lines, unmarked name sign-offs and disclaimers', () => {
    expect(newestMessage('See you then.\n\nSent from my iPhone').main).toBe('See you then.');
    const parts = newestMessage(
      'Great news, the team wants to move ahead.\n\nNoor\nNoor Haddad | Recruiter\nTessellate Labs\n+1 416 555 0138',
    );
    expect(parts.main).toBe('Great news, the team wants to move ahead.');
    expect(parts.signature.startsWith('Noor')).toBe(true);
    const disclaimer = newestMessage(
      'See you then.\nCONFIDENTIALITY NOTICE: This message is intended only for the addressee. Nothing in it is an offer.',
    );
    expect(disclaimer.main).toBe('See you then.');
  });

  it('reads a rule that underlines a heading as part of the message, and a "-- " or a mail app\'s rule as a signature', () => {
    const underlined = newestMessage(
      'Hi Sam, here is what we agreed.\n\nYour trial shift\n================\nSaturday 14 March, 9:00 to 13:00\nAsk for Priya at the door.\n\nBest,\nMo',
    );
    expect(underlined.main).toContain('Saturday 14 March, 9:00 to 13:00');
    expect(underlined.signature).toBe('Best,\nMo');
    const dashes = newestMessage('See you Saturday at 9.\nMo\n-- \nMo Farrell | Kiln Roastery');
    expect(dashes.main).toBe('See you Saturday at 9.');
    expect(dashes.signature).toContain('-- \nMo Farrell');
    const rule = newestMessage(
      'See you Saturday at 9.\n--------------------------------------\nKiln Roastery, 4 Mill Lane',
    );
    expect(rule.main).toBe('See you Saturday at 9.');
  });

  it('reads the same parts when asked to leave the quoted history unread (as the classifier does)', () => {
    const bodies: [string, string][] = [
      [`Thanks, that works for me.\r\n\r\n${cases[0]?.[1]}\r\n${quoted}\r\n> More.`, 'Re: Offer'],
      [`Thanks, that works for me.\r\r\n${cases[1]?.[1]}\n${quoted}`, 'Re: Offer'],
      [`Thanks.\n\n________________________________\n${outlook[1]?.[1]}\n\nWir freuen uns.`, 'AW: Angebot'],
      [`See below.\n\n-----Original Message-----\n${outlook[0]?.[1]}\n\nWe are pleased.`, 'FW: Offer'],
      ['> Can you do Tuesday?\r> Dana\rYes, Tuesday at 3 works.\u2014 Sam', ''],
      [`${cases[0]?.[1]}\n> Can you do Tuesday?\n\nYes, Tuesday works.`, 'Re: Tuesday'],
      ['\u201cSure\u201d \u2013 see you\u00a0then.\n\nBest,\nDana\n\nOn Monday Dana wrote:\n> Hi', 'Re: Hi'],
    ];
    for (const [body, subject] of bodies)
      expect(newestMessage(body, subject, false)).toEqual({ ...newestMessage(body, subject), quoted: '' });
  });

  it('keeps a one-line message that is only a closing word', () => {
    expect(newestMessage('Thanks!').main).toBe('Thanks!');
    expect(newestMessage('').main).toBe('');
  });
});
