/**
 * Extraction, round s27 (mail by new writers):
 * - Job titles: a Spanish or Portuguese phrase with "entrevista" ("la entrevista por Teams", the subject
 *   "Entrevista Profissional de Seleção") names the step, not the job.
 * - Spanish titles end before "lo que…" and "queda …" ("mecánico de bicis lo que más me importa", "lo del
 *   puesto de mecánico queda cubierto").
 * - French titles end before "n'est plus…", "auprès de…", "présentée", and "en extra" (a one-off shift).
 * - Subjects: German "Rückmeldung zu Ihrer Bewerbung als …", Dutch "Verzetten gesprek …" and "Tweede gesprek
 *   …" frame the title.
 * - Companies: a Dutch "bedrijfsleider" (like "teamleider") is a title before the employer's name;
 *   German "Ihren"/"Ihrer" (your) is no employer; "bei der Stelle als …" and "einen Einsatz als …" name the post, not the employer.
 * - Interview times: a zone said once for a list of times ("(jeweils MESZ)", "(beide Nederlandse tijd)",
 *   "ambos no horário de Brasília", "les deux à l'heure de Paris"); Portuguese "às 9 da manhã" (the accent
 *   ended the word for the pattern); Spanish "a eso de las 5"; Dutch "half zes 's ochtends" (05:30, not
 *   17:30).
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const details = (
  subject: string,
  body: string,
  kind: 'offer' | 'rejection' | 'interview' = 'interview',
  date = '2026-03-02T10:00:00+01:00',
) =>
  extractDetails(
    { from: 'Marta Lins <marta.lins@cerrado-tec.example>', subject, body, date },
    { timeZone: 'UTC', kind },
  );

describe('a Spanish or Portuguese phrase with "entrevista"', () => {
  it('is no job title', () => {
    expect(
      details(
        'Tu postulación',
        'Hola Mateo, buen día.\n\nTe propongo esta fecha para la entrevista por Teams:\n\nMartes 10 de marzo de 2026\n11:00 a 11:45 hrs\n\nSaludos,\nMarta',
      ).role,
    ).toBeNull();
    expect(
      details(
        'Próximo passo',
        'Exmo. Senhor,\n\nFica notificado para a realização da Entrevista Profissional de Seleção, no dia 10 de março às 10h30.\n\nCom os melhores cumprimentos,\nMarta Lins',
      ).role,
    ).toBeNull();
  });
  it('leaves the title named beside it', () => {
    expect(
      details(
        'Tu postulación',
        'Hola Mateo, buen día.\n\nGracias por tu interés en la vacante de Ejecutivo de Cuentas Clave en Andina Farma. Revisamos tu CV con la gerente comercial y nos gustaría platicar contigo.\n\nTe propongo la siguiente fecha para la entrevista por Teams:\n\nMartes 10 de marzo de 2026\n11:00 a 11:45 hrs\n\nSaludos,\nMarta',
      ).role,
    ).toBe('Ejecutivo de Cuentas Clave');
  });
});

describe('Spanish words after a title', () => {
  it('end it', () => {
    const title = (body: string) => details('Lo del taller', `Hola Unai,\n\n${body}\n\nTxema`).role;
    expect(
      title(
        '¿Te va bien el viernes a las 10? Para el puesto de mecánico de bicis lo que más me importa es que sepas centrar ruedas.',
      ),
    ).toBe('mecánico de bicis');
    expect(title('Al final lo del puesto de repartidor queda cubierto, lo siento.')).toBe('repartidor');
  });
});

describe('French words after a title', () => {
  it('end it', () => {
    const title = (body: string) =>
      details('Candidature', `Bonjour Inès,\n\n${body}\n\nCordialement,\nMarta`, 'rejection').role;
    expect(
      title("Merci pour votre message. Le poste de plongeur n'est plus disponible, nous avons trouvé quelqu'un."),
    ).toBe('plongeur');
    expect(
      title('Votre candidature au poste de secrétaire médicale auprès du centre de santé n’a pas été retenue.'),
    ).toBe('secrétaire médicale');
    expect(title("Nous cherchons un serveur en extra pour samedi, mais nous avons déjà quelqu'un.")).toBe('serveur');
  });
});

describe('a subject that frames the title', () => {
  it('gives the title without the frame', () => {
    const german = details(
      'Rückmeldung zu Ihrer Bewerbung als Referentin Controlling',
      'Sehr geehrte Frau Lang,\n\nleider haben wir uns für eine andere Kandidatin entschieden. Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.\n\nFreundliche Grüße\nMarta Lins',
      'rejection',
    );
    expect(german.role).toBe('Referentin Controlling');
    expect(german.company).not.toBe('Ihren');
    expect(
      details(
        'Tweede gesprek Applicatiebeheerder',
        'Hoi Sanne,\n\nWe willen je graag uitnodigen voor een tweede gesprek, dinsdag 12 mei om 14.00 uur.\n\nGroet,\nMarta',
      ).role,
    ).toBe('Applicatiebeheerder');
    expect(
      details(
        'Verzetten gesprek Medior Data Engineer',
        'Hoi Jesse,\n\nIk moet ons gesprek van donderdag verzetten. Nieuw voorstel: maandag 18 mei om 10.30 uur.\n\nGroet,\nMarta',
      ).role,
    ).toBe('Medior Data Engineer');
  });
});

describe('a Dutch "bedrijfsleider" before the name on a signature line', () => {
  it('is left out of the name', () => {
    expect(
      extractDetails(
        {
          from: 'Kevin de Wit <kevin@buurtsuper-vandijk.example>',
          subject: 'je bent aangenomen',
          body: 'Hoi Sam,\n\nGoed nieuws: je kunt bij ons beginnen als vakkenvuller, 20 uur per week.\n\nGroetjes,\nKevin\nbedrijfsleider Buurtsuper Van Dijk',
          date: '2026-03-02T10:00:00+01:00',
        },
        { timeZone: 'UTC', kind: 'offer' },
      ).company,
    ).toBe('Buurtsuper Van Dijk');
  });
});

describe('German "bei der Stelle" and "einen Einsatz"', () => {
  it('name the post, not the employer', () => {
    const rejection = details(
      'AW: Bewerbung Lagerhelfer',
      'Hallo Herr Nowak,\n\nleider hat sich unser Kunde bei der Stelle als Lagerhelfer für einen anderen Bewerber entschieden.\n\nGruß\nMarta Lins',
      'rejection',
    ).company;
    expect(rejection).not.toBe('Stelle');
    const offer = details(
      'Einsatz ab Montag',
      'Hallo Ahmad,\n\nich kann dir ab Montag einen Einsatz als Staplerfahrer in Neuss anbieten.\n\nViele Grüße\nMarta Lins',
      'offer',
    ).company;
    expect(offer).not.toBe('Einsatz');
  });
});

describe('a zone said once under a list of times', () => {
  it('holds for the first time of the list', () => {
    expect(
      details(
        'Terminvorschläge',
        'Guten Tag Herr Brandt,\n\nich kann Ihnen zwei Termine für das Gespräch anbieten:\n\n1) Mittwoch, 17.06., um 9:30 Uhr\n2) Donnerstag, 18.06., um 15:00 Uhr\n\n(jeweils MESZ)\n\nFreundliche Grüße\nMarta Lins',
        'interview',
        '2026-06-09T11:00:00+02:00',
      ).interviewAt,
    ).toBe('2026-06-17T09:30:00+02:00');
    expect(
      details(
        'tweede gesprek',
        'Hoi Daan,\n\nZou een van deze momenten passen voor het tweede gesprek?\n- donderdag 21 mei om 10:00\n- vrijdag 22 mei om 14:00\n(beide Nederlandse tijd)\n\nGroet,\nMarta',
        'interview',
        '2026-05-12T14:20:00+02:00',
      ).interviewAt,
    ).toBe('2026-05-21T10:00:00+02:00');
    expect(
      details(
        'Próxima etapa',
        'Oi Rafael,\n\nTenho duas opções de horário para a conversa:\n\n• segunda (18/05) às 9h\n• terça (19/05) às 16h\n\nAmbos no horário de Brasília, pelo Zoom. Qual fica melhor?\n\nMarta',
        'interview',
        '2026-05-13T11:02:00-03:00',
      ).interviewAt,
    ).toBe('2026-05-18T09:00:00-03:00');
    expect(
      details(
        'Entretien',
        "Bonjour Léa,\n\nJe vous propose deux créneaux pour l'entretien :\n- lundi 18 mai à 9h30\n- mardi 19 mai à 15h\n\nLes deux à l'heure de Paris.\n\nCordialement,\nMarta",
        'interview',
        '2026-05-13T11:02:00+02:00',
      ).interviewAt,
    ).toBe('2026-05-18T09:30:00+02:00');
  });
});

describe('a bare hour with the part of the day', () => {
  it('reads Portuguese "às 9 da manhã" as 9:00', () => {
    expect(
      details(
        'dia de experiência',
        'Olá Diogo\n\nPropunha-te um dia de experiência no sábado às 9 da manhã, para a vaga de ajudante de cozinha.\n\nAbraço\nMarta',
        'interview',
        '2026-02-18T22:05:00+00:00',
      ).interviewAt,
    ).toBe('2026-02-21T09:00:00+00:00');
  });
  it('reads Spanish "a eso de las 5 de la tarde" as 17:00', () => {
    expect(
      details(
        'Para lo de dependienta',
        'Hola Sara,\n\n¿Puedes pasarte por la tienda el jueves a eso de las 5 de la tarde para hablar del puesto?\n\nMarta',
        'interview',
        '2026-05-11T13:40:00+02:00',
      ).interviewAt,
    ).toBe('2026-05-14T17:00:00+00:00');
  });
  it('reads Dutch "half zes \'s ochtends" as 05:30', () => {
    expect(
      details(
        'Meelopen zaterdag',
        "Hoi Daan,\n\nKun je zaterdag 7 februari om half zes 's ochtends in de stal zijn voor de vacature melker?\n\nGroeten,\nMarta",
        'interview',
        '2026-02-03T20:30:00+01:00',
      ).interviewAt,
    ).toBe('2026-02-07T05:30:00+00:00');
  });
});
