/**
 * Company, eighth round: the form of the name the signature writes over the sender's longer one,
 * and an agency signing with its own name in any of the six languages.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-05-04T09:00:00Z' }).company;

describe('the signature writes the name as the employer calls itself', () => {
  it('takes the signed name over the sender name that puts a business type before it', () => {
    expect(
      company(
        'Pastelaria Flor do Sado <ola@flordosado.example>',
        'Resposta à sua candidatura',
        'Olá Beatriz,\n\nObrigada pela visita de terça. Decidimos ficar com outra pessoa para a vaga de balconista.\n\nUm abraço,\nHelena\nFlor do Sado\n',
      ),
    ).toBe('Flor do Sado');
  });

  it('takes the signed name over the sender name that adds a trade after it', () => {
    expect(
      company(
        'Grupo Almenara Hostelería <personas@grupoalmenara.example>',
        'Proceso de selección – Cocinero/a',
        'Hola Iker:\n\nGracias por la prueba del jueves. Hemos decidido seguir con otra persona para el puesto de cocinero/a.\n\nUn saludo,\nNerea Solís\nPersonas, Grupo Almenara\n',
      ),
    ).toBe('Grupo Almenara');
  });

  it('keeps the sender name when the signature only abbreviates it inside a team name', () => {
    expect(
      company(
        'Programa Estágio Cooperativa Vinhal <estagio@coopvinhal.example>',
        'Resultado da seleção',
        'Olá Tiago,\n\nInfelizmente não foi selecionado para a fase seguinte do programa.\n\nCom carinho,\nEquipe Estágio Vinhal\n',
      ),
    ).toBe('Cooperativa Vinhal');
  });
});

describe("an agency's own name keeps its trade word in any language", () => {
  it('keeps "Selección" in a Spanish agency signing for a client it does not name', () => {
    expect(
      company(
        'Orbalia Selección <ofertas@orbalia.example>',
        'Oferta – Carretillero/a',
        'Hola Dani:\n\nLa empresa para la que te presentamos te ofrece el puesto de carretillero/a, con incorporación el lunes.\n\nLlámanos para firmar.\n\nElena\nOrbalia Selección – Oficina Alcalá\n',
      ),
    ).toBe('Orbalia Selección');
  });

  it('keeps "Uitzendbureau" trade words of a Dutch agency', () => {
    expect(
      company(
        'Kees Brink <kees@pluimwerk.example>',
        'Jouw inschrijving',
        'Hoi Sanne,\n\nDe opdrachtgever heeft helaas voor een andere kandidaat gekozen voor de functie van orderpicker.\n\nGroet,\nKees Brink\nIntercedent\nPluimwerk Werving\n',
      ),
    ).toBe('Pluimwerk Werving');
  });
});

describe('an agency that names its client', () => {
  it('knows a French "Recrutement" firm as an agency and reads the client from "le DRH de X"', () => {
    expect(
      company(
        'Mathis Perrin <m.perrin@ortalis-rh.example>',
        'Votre candidature – Responsable logistique',
        "Bonjour Inès,\n\nJ'ai eu le DRH de Maréval Textiles ce matin : ils ont préféré un profil plus orienté transport.\n\nJe reviens vers vous dès qu'une autre mission s'ouvre.\n\nMathis Perrin\nOrtalis Recrutement\n",
      ),
    ).toBe('Maréval Textiles');
  });

  it('knows a consultant who signs "Consultante" on the line of her firm', () => {
    expect(
      company(
        'Cabinet Vérande Conseil <contact@verande-conseil.example>',
        'Entretien – Acheteur junior chez Fromageries Lanvaux',
        'Bonjour Hugo,\n\nJe vous confirme votre entretien avec les Fromageries Lanvaux pour le poste d’acheteur junior, jeudi à 10h00.\n\nBien à vous,\nAurélie Besson\nConsultante, Cabinet Vérande Conseil\n',
      ),
    ).toBe('Fromageries Lanvaux');
  });
});

describe('a name that ends like a job acronym', () => {
  it('reads "Castelnaux" (ending in "ux") as a name, not a UX job title', () => {
    expect(
      company(
        'Régis Aubry <regis.aubry@mail.example>',
        'Vendanges – proposition',
        'Bonjour Léa,\n\nJe vous écris de la part de Vignobles Castelnaux : nous vous proposons le poste de caviste pour la saison.\n\nRégis\n',
      ),
    ).toBe('Vignobles Castelnaux');
  });
});

describe('an agency passes on what its client wants, in any of the six languages', () => {
  it('reads "die Firma X möchte" as the client, without the word "Firma"', () => {
    expect(
      company(
        'Carla Wendt <c.wendt@jobwerk-nord.example>',
        'Vorstellungsgespräch',
        'Hallo Jonas,\n\ndie Firma Kessler Antriebstechnik möchte Sie gerne kennenlernen, am Dienstag um 10 Uhr.\n\nViele Grüße\nCarla Wendt\nPersonalberaterin\nJobwerk Nord\n',
      ),
    ).toBe('Kessler Antriebstechnik');
  });

  it('reads "X wil graag" and "X gostaria" as the client', () => {
    expect(
      company(
        'Ruud Bos <ruud@uitzendhuis-oost.example>',
        'Gesprek',
        'Hoi Lisa,\n\nTuinderij De Groene Vlier wil graag met je kennismaken, donderdag om 9 uur.\n\nGroet,\nRuud\nUitzendhuis Oost\n',
      ),
    ).toBe('Tuinderij De Groene Vlier');
    expect(
      company(
        'Sara Neves <sara@seletiva-rh.example>',
        'Entrevista',
        'Olá Joana,\n\nA Conservas Atlântida gostaria de a entrevistar na quinta às 14h.\n\nSara Neves\nConsultora\nSeletiva RH\n',
      ),
    ).toBe('Conservas Atlântida');
  });
});

describe('schools and public bodies', () => {
  it('keeps a possessive that goes on to a company word: "St Oswin\'s Primary School"', () => {
    expect(
      company(
        'Ruth Dale <ruth.dale@mail.example>',
        'Teaching Assistant interview',
        "Dear Sam,\n\nThank you for applying to St Oswin's Primary School. Could you come in on Monday at 1.30pm?\n\nRuth\n",
      ),
    ).toBe("St Oswin's Primary School");
  });

  it('reads a signature made only of a company word and a unit ("School Office") as no name', () => {
    expect(
      company(
        'Office <greyfriars.office@gmail.example>',
        'Interview – Cover Supervisor',
        'Dear Sam,\n\nThank you for your application to Greyfriars Academy. We would like to invite you to interview on Tuesday at 9am.\n\nMrs Hale\nSchool Office\n',
      ),
    ).toBe('Greyfriars Academy');
  });

  it('spells an acronym domain from a name that writes its adjective in lower case', () => {
    expect(
      company(
        'Service RH <rh@ch-vernay.example>',
        'Votre candidature',
        "Madame,\n\nLe Centre hospitalier de Vernay vous propose le poste d'aide-soignante de nuit à compter du 1er juin.\n\nLa Direction des ressources humaines\n",
      ),
    ).toBe('Centre hospitalier de Vernay');
  });
});

describe('a name known only from the sender’s domain', () => {
  it('cuts a one-word domain after a word the mail writes ("taller" in tallerquiroga)', () => {
    expect(
      company(
        'Ramiro Díaz <ramiro@tallerquiroga.example>',
        'Re: mecánico',
        'Hola Nico,\n\n¿Podés pasar por el taller el jueves a las 9 para una prueba?\n\nRamiro\n',
      ),
    ).toBe('Taller Quiroga');
  });

  it('cuts a one-word domain at a linking word ("Casa do Livro" for casadolivro)', () => {
    expect(
      company(
        'Inês Pato <ines@casadolivro.example>',
        'Entrevista',
        'Olá Rita,\n\nPode vir cá na segunda às 15h para conversarmos sobre a vaga de livreira?\n\nInês\n',
      ),
    ).toBe('Casa do Livro');
  });

  it('leaves a one-word English domain whole though it holds a linking word ("Thunderdale")', () => {
    expect(
      company(
        'Kate Ames <kate@thunderdale.example>',
        'Quick call',
        'Hi Sam,\n\nCould you do a quick call on Tuesday at 10am about the line cook job?\n\nKate\n',
      ),
    ).toBe('Thunderdale');
  });
});
