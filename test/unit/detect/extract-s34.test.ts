/**
 * Extraction, round s34: professions each language names with its own word, and words around a title that name no
 * job. A German "Physiotherapeutin", a Spanish "Arquitecto/a", a Portuguese "Farmacêutico(a)", a French "Sage-femme"
 * or "Attaché", a Dutch "Vakman" head a title as "Engineer" does; a subject's "Nachfrage", "Consulta", "Bolsa de
 * trabajo" or "selectie" is the occasion, not the title; a Portuguese "entrevistas", a Spanish "quiere conocerte" or a
 * French "remplacer" is the sentence going on. (A firm named for its trade, "Albufera Arquitectos", keeps its name:
 * the plural is no title's head; extract-s33.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailKind } from '../../../src/core/detect/types';

function roleOf(subject: string, body: string, kind: Exclude<EmailKind, 'other'> = 'interview'): string | null {
  return extractDetails(
    { from: 'Recruiting <jobs@employer.example>', subject, body, date: '2026-03-02T09:00:00+01:00' },
    { kind },
  ).role;
}

describe("a profession named in the email's own language heads a title", () => {
  it.each([
    [
      'de: "Physiotherapeutin"',
      'Einladung zum Gespräch – Physiotherapeutin Neurologie',
      'Guten Tag Frau Brunner\n\nGerne laden wir Sie am Donnerstag, 12. März 2026, um 10.00 Uhr zu einem Gespräch ein.\n\nFreundliche Grüsse\nLaura Frei\nPersonaldienst',
      'Physiotherapeutin Neurologie',
    ],
    [
      'es: "Arquitecto/a", with both genders',
      'Entrevista – Arquitecto/a Urbanista',
      'Hola Nuria:\n\nNos gustaría conocerte el martes 10 de marzo a las 11:00 en el estudio.\n\nUn saludo,\nPaula Ortega',
      'Arquitecto/a Urbanista',
    ],
    [
      'pt: "Farmacêutico(a)"',
      'Convite para entrevista – Farmacêutico(a) Hospitalar',
      'Olá Rita,\n\nGostaríamos de a convidar para uma entrevista na quarta-feira, 11 de março, às 15h00.\n\nCumprimentos,\nHelena Costa',
      'Farmacêutico(a) Hospitalar',
    ],
    [
      'fr: "Sage-femme"',
      'Entretien – Sage-femme',
      'Bonjour Camille,\n\nNous vous proposons un entretien le jeudi 12 mars à 14h00 à la maternité.\n\nCordialement,\nSophie Martin',
      'Sage-femme',
    ],
    [
      'nl: "Vakman"',
      'Uitnodiging – Vakman Elektrotechniek',
      'Beste Joris,\n\nWe nodigen je graag uit voor een gesprek op dinsdag 10 maart om 9.30 uur.\n\nGroet,\nKees de Vries',
      'Vakman Elektrotechniek',
    ],
  ])('%s', (_name, subject, body, role) => {
    expect(roleOf(subject, body)).toBe(role);
  });

  it('fr: "attaché" is a title, "attached" is not', () => {
    expect(
      roleOf(
        'Entretien – Attaché',
        'Bonjour Louis,\n\nNous vous invitons à un entretien le lundi 9 mars à 10h00 pour le poste.\n\nCordialement,\nAnne Leroy',
      ),
    ).toBe('Attaché');
    expect(
      roleOf(
        'Offer – Data Analyst II',
        'Hi Sam,\n\nPlease see attached your offer for the Data Analyst II role. Welcome aboard!\n\nBest,\nMia',
        'offer',
      ),
    ).toBe('Data Analyst II');
  });
});

describe('words around a title that name no job', () => {
  it.each([
    [
      'de: a subject\'s "Nachfrage"',
      'AW: Nachfrage Bewerbung Netzwerkadministrator',
      'Hallo Herr Weber,\n\nwir würden Sie gern am Dienstag, 10. März 2026, um 14 Uhr kennenlernen.\n\nViele Grüße\nJonas Keller',
      'Netzwerkadministrator',
    ],
    [
      'es: a subject\'s "Consulta proceso"',
      'Re: Consulta proceso Ingeniero de Procesos',
      'Hola Marta,\n\n¿Puedes venir el miércoles 11 de marzo a las 10:00 para una entrevista?\n\nSaludos,\nLuis',
      'Ingeniero de Procesos',
    ],
    [
      'es: a subject\'s "Bolsa de trabajo"',
      'Convocatoria a entrevista – Bolsa de trabajo Técnico/a de Medio Ambiente',
      'Estimada Sra. Gil:\n\nSe le convoca a la entrevista el jueves 12 de marzo a las 9:30 en la sede municipal.\n\nAtentamente,\nServicio de Personal',
      'Técnico/a de Medio Ambiente',
    ],
    [
      'nl: a subject\'s "selectie" and its number',
      'Uitnodiging jurygesprek – selectie KLM26014 Beleidsmedewerker',
      'Beste mevrouw Peeters,\n\nU bent geslaagd voor de eerste proef. We nodigen u uit op woensdag 11 maart om 13.00 uur.\n\nMet vriendelijke groet,\nSelectieteam',
      'Beleidsmedewerker',
    ],
    [
      'en: a subject\'s "Shortlist"',
      'Fwd: Shortlist – Merchandise Planner',
      'Hi Priya,\n\nYou made the shortlist. Could you do a call on Tuesday 10 March at 11:00?\n\nThanks,\nOwen',
      'Merchandise Planner',
    ],
  ])('%s', (_name, subject, body, role) => {
    expect(roleOf(subject, body)).toBe(role);
  });

  it.each([
    [
      'fr: the contract after a dash, "– CDI 100 %"',
      "Proposition – Ébéniste d'agencement – CDI 100 %",
      "Bonjour Hugo,\n\nNous avons le plaisir de vous proposer le poste Ébéniste d'agencement – CDI 100 %, avec une entrée le 1er avril.\n\nCordialement,\nMarc Girard",
      "Ébéniste d'agencement",
    ],
    [
      'pt: the shift after a dash, "– plantão 12x36"',
      'Proposta – Técnico(a) de Enfermagem – plantão 12x36',
      'Olá Bruna,\n\nTemos o prazer de lhe oferecer a vaga Técnico(a) de Enfermagem – plantão 12x36, com início no dia 6 de abril.\n\nAtenciosamente,\nCarla Mendes',
      'Técnico(a) de Enfermagem',
    ],
    [
      'de: the pay grade after a comma, "EG 9b TVöD"',
      'Ihre Bewerbung – Verwaltungsfachangestellte Bürgerbüro, EG 8 TVöD',
      'Sehr geehrte Frau Roth,\n\nwir möchten Ihnen die Stelle anbieten. Der Vertrag folgt mit der Post.\n\nMit freundlichen Grüßen\nPersonalamt',
      'Verwaltungsfachangestellte Bürgerbüro',
    ],
  ])('%s is no part of the title', (_name, subject, body, role) => {
    expect(roleOf(subject, body, 'offer')).toBe(role);
  });

  it('fr: a relative clause ends a title ("Chef de partie qu\'on t\'avait proposé")', () => {
    expect(
      roleOf(
        'Re: essai',
        "Salut Hugo,\n\nFinalement le poste de Chef de partie qu'on t'avait proposé au téléphone est pourvu, désolé.\n\nBonne continuation,\nNico",
        'rejection',
      ),
    ).toBe('Chef de partie');
  });

  it('pt: "as entrevistas" is no title; the subject\'s is', () => {
    expect(
      roleOf(
        'Processo seletivo – Assistente de Compras',
        'Olá Bruno,\n\nObrigada pela participação no processo. Depois de concluir as entrevistas, decidimos seguir com outra pessoa candidata.\n\nAtenciosamente,\nCarla Mendes',
        'rejection',
      ),
    ).toBe('Assistente de Compras');
  });

  it('es: "quiere conocerte" is no title', () => {
    expect(
      roleOf(
        'Brisamar quiere conocerte!',
        'Hola Vale!!\n\nTe escribo por el rol de Analista de Datos. ¿Tenés 30 minutos el jueves 12 de marzo a las 15:00?\n\nAbrazo,\nMeli',
      ),
    ).toBe('Analista de Datos');
  });

  it('fr: "pour la remplacer" is no title', () => {
    expect(
      roleOf(
        'Remplacement',
        "Bonjour Inès,\n\nUne collègue part en congé en mai et je cherche quelqu'un pour la remplacer. Pouvez-vous passer au cabinet le mardi 10 mars à 18h00 ?\n\nBien à vous,\nClaire",
      ),
    ).not.toBe('remplacer');
  });
});

describe('an employer named with its legal form', () => {
  it("an agency's client, written with its GmbH in the newest text, is the employer", () => {
    const { company } = extractDetails(
      {
        from: 'Jens Hartmann <j.hartmann@hartmann-personal.example>',
        subject: 'AW: Vertrauliche Anfrage – Projektleitung Anlagenbau',
        body: 'Liebe Frau Roth,\n\nwie besprochen habe ich Ihr Profil meinem Mandanten vorgestellt: es handelt sich um die Lindauer Anlagentechnik GmbH in Kempten. Die Geschäftsführung möchte Sie gern am Montag, 16. März, um 10:00 Uhr kennenlernen.\n\nViele Grüße\nJens Hartmann\nPersonalberater\nHartmann Personalberatung GmbH',
        date: '2026-03-09T09:00:00+01:00',
      },
      { kind: 'interview' },
    );
    expect(company).toMatch(/^Lindauer Anlagentechnik(?: GmbH)?$/);
  });

  it('a subject\'s "Verlegung Ihres Auswahlgesprächs" names no employer', () => {
    const { company } = extractDetails(
      {
        from: 'Petra Lang <petra.lang@institut-mv.example>',
        subject: 'Verlegung Ihres Auswahlgesprächs – IMV-2026-04',
        body: 'Sehr geehrte Frau Roth,\n\nwir müssen Ihr Gespräch leider auf Donnerstag, 26. März 2026, 10:30 Uhr verlegen.\n\nMit freundlichen Grüßen\nPetra Lang\nPersonalverwaltung',
        date: '2026-03-16T09:00:00+01:00',
      },
      { kind: 'interview' },
    );
    expect(company).not.toBe('Verlegung Ihres Auswahlgesprächs');
  });

  it('nl: "Het recruitmentteam van …" signs for the firm it names', () => {
    const { company } = extractDetails(
      {
        from: 'Recruitment <jobs@mail-vacatures.example>',
        subject: 'Uw kandidatuur',
        body: 'Beste mevrouw Claes,\n\nHelaas kunnen wij uw kandidatuur niet weerhouden.\n\nMet vriendelijke groeten,\nHet recruitmentteam van Dijlevallei Consulting',
        date: '2026-03-09T10:00:00+01:00',
      },
      { kind: 'rejection' },
    );
    expect(company).toBe('Dijlevallei Consulting');
  });

  it('pt: an agency\'s client that "decidiu" is the employer', () => {
    const { company } = extractDetails(
      {
        from: 'Carla Rocha <carla@sementetalentos.example>',
        subject: 'Retorno do processo',
        body: 'Oi Lena!\n\nConversei hoje com o gerente. A Agrovale decidiu preencher a vaga de Representante Comercial com um vendedor interno. Então o processo externo foi encerrado.\n\nBeijo,\nCarla\nSemente Talentos',
        date: '2026-03-09T10:00:00-03:00',
      },
      { kind: 'rejection' },
    );
    expect(company).toBe('Agrovale');
  });

  it('es: a public body\'s "Sede electrónica" before its name, as its mail is sent, is no part of it', () => {
    const { company } = extractDetails(
      {
        from: 'Sede electrónica Ayuntamiento de Valdelobos <notificaciones@valdelobos.example>',
        subject: 'Convocatoria a entrevista – Técnico/a de Juventud',
        body: 'Estimada Sra. Gil:\n\nSe le convoca a la entrevista el jueves 12 de marzo a las 9:30.\n\nLo que se comunica para su conocimiento y efectos.\n\nValdelobos, a fecha de la firma electrónica.\n\nMarta Roig Ferrer\nSecretaria del Tribunal Calificador',
        date: '2026-03-02T09:00:00+01:00',
      },
      { kind: 'interview' },
    );
    expect(company).toBe('Ayuntamiento de Valdelobos');
  });

  it('de: a title in the body keeps its ":in" ("Elektriker:in Sicherungsanlagen")', () => {
    expect(
      roleOf(
        'Ihre Bewerbung – Ref. 2026-0418',
        'Sehr geehrte Frau Brunner,\n\nvielen Dank für Ihre Bewerbung als Mechatroniker:in Instandhaltung am Standort Linz. Wir laden Sie am Dienstag, 10. März 2026, um 9:00 Uhr zu einem Gespräch ein.\n\nFreundliche Grüße\nPersonalabteilung',
      ),
    ).toBe('Mechatroniker:in Instandhaltung');
  });

  it.each([
    [
      '"une candidate qui …"',
      "J'ai finalement retenu pour le poste d'enseignant d'anglais une candidate qui enseigne déjà chez nous.",
      "enseignant d'anglais",
    ],
    [
      '"n\'a pas été retenue"',
      "Votre candidature au poste d'enseignant d'anglais n'a pas été retenue.",
      "enseignant d'anglais",
    ],
  ])('fr: a title ends before %s', (_name, sentence, role) => {
    expect(roleOf('Suite à notre entretien', `Madame,\n\n${sentence}\n\nOlivier Fabre`, 'rejection')).toBe(role);
  });

  it('nl: "functie Planner Transport" names the title after the word for the post', () => {
    expect(
      roleOf(
        'Kennismaking via Teams – Planner Transport',
        'Hoi Daan,\n\nDank voor je cv. Je ervaring sluit goed aan bij wat we zoeken voor de functie Planner Transport in Veghel.\n\nZullen we donderdag 12 maart om 13.30 uur even bellen?\n\nGroet,\nEls Jansen',
      ),
    ).toBe('Planner Transport');
  });
});
