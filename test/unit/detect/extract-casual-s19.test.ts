/**
 * Extraction, round s19: short casual mail from small employers, written from phones. A phone's or a mail app's
 * line ("Envoyé de mon téléphone", "Gesendet von Outlook für Android") is neither a name nor an employer, and the
 * first name above it still signs. A first name on its own line with the business on the line under it ("Brian" ⏎
 * "Kemp's Hardware") signs with the name; the business is the employer. A shop's name in the From header that ends
 * with the first name signed ("Chez Mimi", signed "Mimi") is the shop, not the signer's full name. A sign-off with
 * the signer's part in brackets ("Jo (owner)") is signed by Jo.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

interface Mail {
  from: string;
  subject: string;
  body: string;
  date?: string;
}
const x = (m: Mail, kind?: 'interview' | 'offer' | 'rejection') =>
  extractDetails({ date: '2026-03-02T09:00:00Z', ...m }, { timeZone: 'UTC', kind });

describe("a phone's line under the signature", () => {
  it('is no name, and the first name above it signs', () => {
    const d = x(
      {
        from: 'Domaine des Tilleuls <bonjour@tilleuls-vignes.example>',
        subject: 'vendanges',
        body: "Salut Malik,\nok pour les vendanges, tu commences le 8 septembre, 7h au chai. Dis-moi vite si c'est bon.\nRoger\n\nEnvoyé de mon téléphone",
      },
      'offer',
    );
    expect(d.contact).toBe('Roger');
  });

  it('is no employer', () => {
    const d = x(
      {
        from: 'Ilka Brandt <ilka.brandt@mail.example>',
        subject: 'Aushilfe',
        body: 'Hi Sven,\nleider haben wir schon jemanden für die Aushilfe gefunden. Trotzdem danke!\nLG Ilka\n\nGesendet von Outlook für Android',
      },
      'rejection',
    );
    expect(d.company).toBeNull();
    expect(d.contact).toBe('Ilka');
  });
});

describe('a first name, and the business on the line under it', () => {
  it('signs with the name; the business is the employer', () => {
    const d = x(
      {
        from: 'Ray Dunmore <raydunmore77@mail.example>',
        subject: 'the job',
        body: "Kieran, sorry mate, the van job went to my nephew in the end. I'll keep your number in case it picks up in spring\nRay\nDunmore Tyres",
      },
      'rejection',
    );
    expect(d.contact).toBe('Ray');
    expect(d.company).toBe('Dunmore Tyres');
  });

  it('lower case, as a phone writes it', () => {
    const d = x(
      {
        from: 'Nadine <nadine.bakes@mail.example>',
        subject: 'saturday',
        body: 'hi tom, can you come in saturday at 8 for a trial? wear something you can get flour on\nnadine\nCrumb & Co Bakery',
      },
      'interview',
    );
    expect(d.contact).toBe('Nadine');
    expect(d.company).toBe('Crumb & Co Bakery');
  });
});

describe("a shop's name in the From header", () => {
  it('that ends with the first name signed is the shop', () => {
    const d = x(
      {
        from: 'Salon Odile <salon.odile@mail.example>',
        subject: 'Re: apprentie',
        body: 'Bonjour Léa, désolée, on a déjà pris une apprentie pour septembre. Bonne chance pour la suite !\nOdile',
      },
      'rejection',
    );
    expect(d.contact).toBe('Odile');
    expect(d.company).toBe('Salon Odile');
  });
});

describe("a sign-off with the signer's part in brackets", () => {
  it('is signed by the name before it', () => {
    const d = x(
      {
        from: 'The Tin Kettle <hello@tinkettle.example>',
        subject: 'trial shift',
        body: 'hi sam, could you do a trial friday 10 till 2? black top please\n\nMo (owner)',
      },
      'interview',
    );
    expect(d.contact).toBe('Mo');
  });
});

describe('a writer saying where they are from', () => {
  it('"it\'s Shona from X" names the employer', () => {
    const d = x(
      {
        from: 'Shona <shona.w77@mail.example>',
        subject: 'weekend help',
        body: "Hi Amir it's Shona from Larkrise Florist. We'd love you to do Saturdays with us from next month, 8 till 2. Let me know!\nShona",
      },
      'offer',
    );
    expect(d.company).toBe('Larkrise Florist');
    expect(d.contact).toBe('Shona');
  });

  it('"Gill here from X" names it too', () => {
    const d = x(
      {
        from: 'Gill Orton <gill.orton@mail.example>',
        subject: 'kitchen porter',
        body: 'Hello Rhys, Gill here from Copper Kettle Tearoom on the square. Could u pop in tmrw at 3 for a chat?? Just come round the back\n\nGill',
      },
      'interview',
    );
    expect(d.company).toBe('Copper Kettle Tearoom');
  });
});

describe('a relative passing on an offer from her boss', () => {
  it('is named by her name, not the address book\'s "Auntie"; the unnamed business is no employer', () => {
    const d = x(
      {
        from: 'Auntie Carol <carol.pearce61@mail.example>',
        subject: 'job for you!!',
        body: 'Hiya love, my boss says you can start on the tills Monday if you want it, 16 hrs a week. Ring me tonight\nxx Carol',
      },
      'offer',
    );
    expect(d.contact).toBe('Carol');
    expect(d.company).toBeNull();
  });

  it('in Dutch, signed with kisses before the name', () => {
    const d = x(
      {
        from: 'Tante Ria <ria.dekker@mail.example>',
        subject: 'bijbaantje',
        body: 'Hoi Daan, mijn baas van de bakkerij wil je graag op zaterdag, 8 uur, vanaf volgende week. Zal ik ja zeggen?\nXx Ria',
      },
      'offer',
    );
    expect(d.contact).toBe('Ria');
    expect(d.company).toBeNull();
  });
});

describe('an unsigned reply from a shop', () => {
  it('whose From name is possessive ("Dot\'s Diner") is the shop, and nobody signed', () => {
    const d = x(
      {
        from: "Dot's Diner <dotsdiner@mail.example>",
        subject: 'Re: weekend cook',
        body: 'all sorted now thanks, good luck',
      },
      'rejection',
    );
    expect(d.company).toBe("Dot's Diner");
    expect(d.contact).toBeNull();
  });

  it('"Sorry Maya, …" on the first line is no name', () => {
    const d = x(
      {
        from: 'Lorna Keel <lorna@keelbrewery.example>',
        subject: 'Re: bar shifts',
        body: "Sorry Maya, we've filled the bar shifts for now. Thanks for asking.\nLorna\nKeel Brewery Tap",
      },
      'rejection',
    );
    expect(d.contact).toBe('Lorna');
  });
});

describe('an unsigned note that says who speaks', () => {
  it('a voicemail\'s transcript: "it\'s Lou from X"', () => {
    const d = x(
      {
        from: 'Voicemail <vm@phoneco.example>',
        subject: 'New voicemail (0:32)',
        body: '"Hi Sam it\'s Lou from Hatch End Vets, calling about the kennel assistant job, could you come in Friday at 10? Call me back on this number, thanks"',
      },
      'interview',
    );
    expect(d.contact).toBe('Lou');
    expect(d.company).toBe('Hatch End Vets');
  });

  it('"its Baz here" from a business\'s address', () => {
    const d = x(
      {
        from: 'Quarry Lane Motors <quarrylane.motors@mail.example>',
        subject: 'job',
        body: 'Jake its Baz here, spoke to the boss and your in, start monday 8am at the yard. bring boots',
      },
      'offer',
    );
    expect(d.contact).toBe('Baz');
  });
});

describe('a Portuguese sign-off with "Dona"', () => {
  it('is signed by the name after it', () => {
    const d = x(
      {
        from: 'Lanchonete Boa Vista <lanch.boavista@mail.example>',
        subject: 'vaga de chapeiro',
        body: 'Oi Caio! A vaga de chapeiro é sua, pode começar sábado às 7h. Me confirma por aqui?\nAbraço, Dona Lurdes',
      },
      'offer',
    );
    expect(d.contact).toBe('Lurdes');
  });
});

describe('the business in brackets under the name', () => {
  it('is the employer', () => {
    const d = x(
      {
        from: 'Mia Gerber <mia.gerber@mail.example>',
        subject: 'Aushilfe',
        body: 'Hallo Leon,\nmeine Mama sagt, du kannst am Samstag anfangen, 8 Uhr im Laden.\nLG Mia\n(Gärtnerei Gerber)',
      },
      'offer',
    );
    expect(d.company).toBe('Gärtnerei Gerber');
  });
});
