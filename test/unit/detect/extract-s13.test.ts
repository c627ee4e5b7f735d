/**
 * extractDetails: one case per way of writing a job title that the fresh sets of session 13 (zo, zq, zr:
 * formal and casual mail in six languages) showed was misread, each in new words. A case fails without
 * the fix of its family.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (subject: string, body: string, from = 'Inês Valente <ines@quinta-das-amoras.example>'): string | null =>
  extractDetails({ subject, from, date: '2026-05-04T10:00:00+01:00', body }, { kind: 'rejection' }).role;

describe('role: the families of the session-13 fresh sets', () => {
  it('counts "his/her/their X job" with the title offered ("her Rota Planner job")', () => {
    expect(
      role(
        'Cover from May',
        'Hi Jo,\n\nAmira is on leave from May, which leaves her Rota Planner job empty. Would you step in as acting Rota Planner? Your duty clerk post stays open for you.\n\nThanks,\nInês',
      ),
    ).toBe('Rota Planner');
  });

  it('ends a title in run-on mail at a modal ("… for kitchen porter can we talk")', () => {
    expect(
      role(
        'thanks',
        'hi Sam thanks for the application for kitchen porter can we talk on the phone this week text me a time cheers Inês',
      ),
    ).toBe('kitchen porter');
  });

  it('reads the Portuguese public-sector frame "posto de trabalho de …"', () => {
    expect(
      role(
        'Procedimento concursal – colocação',
        'Exma. Senhora,\n\nInformamos que lhe é atribuído um posto de trabalho de Técnica Superior de Contabilidade, no Serviço Financeiro.\n\nCom os melhores cumprimentos,\nInês Valente',
      ),
    ).toBe('Técnica Superior de Contabilidade');
  });

  it('reads no Spanish or Portuguese verb in -ecer as a doer ("para agradecer …")', () => {
    expect(
      role(
        'Atualização',
        'Olá Rui,\n\nEscrevo para agradecer sua dedicação no processo para Analista Fiscal. Optámos por outro perfil.\n\nInês',
      ),
    ).toBe('Analista Fiscal');
  });

  it('knows the German helper jobs ("Küchenhilfe", "Aushilfe")', () => {
    expect(
      role(
        'Küchenhilfe',
        'Hallo Tim,\n\nkomm doch am Samstag um 10 zum Probearbeiten.\n\nGruß\nInês',
        'Inês Valente <ines@mail.example>',
      ),
    ).toBe('Küchenhilfe');
  });

  it('reads a formal appointment "to the office of …"', () => {
    expect(
      role(
        'Appointment',
        'Dear Mr Hale,\n\nThe trustees resolved that you be appointed to the office of Sexton from the first of June.\n\nYours faithfully,\nInês Valente',
      ),
    ).toBe('Sexton');
  });

  it('reads a frame in the subject as in the body ("Sobre a vaga de …", "Poste de …")', () => {
    expect(
      role(
        'Sobre a vaga de ajudante de cozinha',
        'Olá Rita,\n\nObrigada pelo seu interesse. Escolhemos outra pessoa desta vez.\n\nCumprimentos,\nInês',
      ),
    ).toBe('ajudante de cozinha');
  });

  it('drops the frame word before a title ("como …", "lo de …", "stage d’…")', () => {
    expect(
      role(
        'Hola',
        'Hola Nuria,\n\nTe escribo para lo de repartidor en moto que vimos la semana pasada. ¿Hablamos mañana?\n\nUn saludo,\nPaco',
        'Paco Ruiz <paco@envios-ribera.example>',
      ),
    ).toBe('repartidor en moto');
    expect(
      role(
        'Tu candidatura como auxiliar de biblioteca',
        'Hola Nuria,\n\nGracias por escribirnos. Ya hemos cubierto la plaza.\n\nUn saludo,\nPaco',
        'Paco Ruiz <paco@taller-ribera.example>',
      ),
    ).toBe('auxiliar de biblioteca');
    expect(
      role(
        'Votre candidature',
        'Madame,\n\nVotre candidature pour le stage d’assistante juridique est retenue.\n\nCordialement,\nLuc Morel',
        'Luc Morel <luc.morel@cabinet-morel.example>',
      ),
    ).toBe('assistante juridique');
  });

  it('ends a German title before the unit or shift it sits in ("im Fachbereich …", "im Schichtbetrieb")', () => {
    expect(
      role(
        'Ihre Bewerbung',
        'Sehr geehrte Frau Roth,\n\nwir möchten Sie als Verwaltungsfachangestellte im Fachbereich 3 einstellen.\n\nMit freundlichen Grüßen\nJens Kolbe',
        'Jens Kolbe <j.kolbe@gemeinde-hausen.example>',
      ),
    ).toBe('Verwaltungsfachangestellte');
  });

  it('reads a title line before its terms ("Bench Carpenter, full time, …")', () => {
    expect(
      role(
        'Thanks for coming in',
        'Hi Dev,\n\nGood news, the job is yours if you want it: Bench Carpenter, full time, 7.30 till 4.\n\nCheers,\nMal',
        'Mal Hughes <mal@hughes-build.example>',
      ),
    ).toBe('Bench Carpenter');
  });

  it('reads a category line as a field ("Categoría: …")', () => {
    expect(
      role(
        'Llamamiento bolsa de empleo',
        'Estimada Sra. Gil:\n\n- Categoría: Fisioterapeuta\n- Centro: Hospital del Valle\n\nAtentamente,\nUnidad de Personal',
        'Unidad de Personal <personal@hvalle.example>',
      ),
    ).toBe('Fisioterapeuta');
  });

  it('reads a German title in low quotes after "Position" („…“)', () => {
    expect(
      role(
        'Statusänderung',
        'Hallo,\n\nder Status Ihrer Bewerbung auf die Position „Werkstudent Tourenplanung (m/w/d)“ hat sich geändert.\n\nIhr Team',
        'Karriere Nordfracht <jobs@nordfracht.example>',
      ),
    ).toBe('Werkstudent Tourenplanung');
  });

  it('drops the words for the application or the chat in a subject ("aanmelding …", "conversa técnica, …")', () => {
    expect(role('Re: aanmelding glazenwasser', 'Hoi Bram,\n\nHelaas is de plek al vergeven.\n\nGroet,\nKees')).toBe(
      'glazenwasser',
    );
    expect(
      role(
        'Reagendamento – conversa técnica, Analista de Dados Pleno',
        'Olá Rui,\n\nPrecisamos mudar o horário. Pode ser quinta?\n\nAbraço,\nInês',
      ),
    ).toBe('Analista de Dados Pleno');
  });

  it('drops the season after a title in a subject ("lifeguard summer")', () => {
    expect(
      role('Your application - lifeguard summer', 'Dear Tom,\n\nThe team for this year is complete, sorry.\n\nInês'),
    ).toBe('lifeguard');
  });

  it('knows the Dutch word for an analyst in a compound ("BI-analist")', () => {
    expect(
      role(
        'Welkom!',
        'Hoi Sanne,\n\nJe begint op 1 juni als medior BI-analist.\n\nGroet,\nKees',
        'Kees Bos <kees@bos-advies.example>',
      ),
    ).toBe('medior BI-analist');
  });
});

const company = (from: string, body: string, subject = 'Your application'): string | null =>
  extractDetails({ subject, from, date: '2026-05-04T10:00:00+01:00', body }, { kind: 'rejection' }).company;

describe('company: the families of the session-13 fresh sets', () => {
  it('drops the hiring team\'s words around the employer\'s name ("Resourcing", "Personalabteilung", "L\'équipe")', () => {
    expect(
      company(
        'Halloran Tiles Resourcing <jobs@halloran-tiles.example>',
        'Dear Kim,\n\nThank you for applying. We have chosen another candidate.\n\nHalloran Tiles Resourcing',
      ),
    ).toBe('Halloran Tiles');
    expect(
      company(
        'Wendt Metallbau Personalabteilung <bewerbung@wendt-metallbau.example>',
        'Sehr geehrte Frau Roth,\n\nleider müssen wir Ihnen absagen.\n\nMit freundlichen Grüßen\nWendt Metallbau Personalabteilung',
      ),
    ).toBe('Wendt Metallbau');
    expect(
      company(
        'Recrutement Mutuelle Arvor <rh@mutuelle-arvor.example>',
        'Madame,\n\nNous ne donnons pas suite à votre candidature.\n\nCordialement,\nL’équipe Recrutement Mutuelle Arvor',
      ),
    ).toBe('Mutuelle Arvor');
    expect(
      company(
        'Gente & Cultura Tecelagem Aurora <vagas@tecelagemaurora.example>',
        'Olá Rui,\n\nAgradecemos sua participação. Seguimos com outro perfil.\n\nAbraços,\nGente & Cultura Tecelagem Aurora',
      ),
    ).toBe('Tecelagem Aurora');
    expect(
      company(
        'Selectiecommissie Waterschap Vechtdal <selectie@vechtdal.example>',
        'Geachte heer Bos,\n\nHelaas gaan wij niet verder met uw sollicitatie.\n\nMet vriendelijke groet,\nSelectiecommissie Waterschap Vechtdal',
      ),
    ).toBe('Waterschap Vechtdal');
  });

  it('takes the client an agency reports back from ("X rang back", "X just called:")', () => {
    expect(
      company(
        'Gus Ferro <gus@crewlinerec.example>',
        'Hi Ben,\n\nMarsden Civil rang back this morning and they want you on the bridge job from Monday. Paid weekly through us.\n\nGus\nCrewline Recruitment',
        'Bridge job',
      ),
    ).toBe('Marsden Civil');
    expect(
      company(
        'Gus Ferro <gus@crewlinerec.example>',
        'Hi Ben,\n\nMarsden Civil just called: they would like you to start on Monday. Paid weekly through us.\n\nGus\nCrewline Recruitment',
        'Good news',
      ),
    ).toBe('Marsden Civil');
  });

  it('takes a free-mail sender\'s name for the business when someone else signs ("Bar Sol Naciente", signed "Lucía")', () => {
    expect(
      company(
        'Heladería Los Pinos <heladerialospinos@gmail.com>',
        'Hola Marta,\n\nYa tenemos a alguien para este verano, lo siento.\n\nUn saludo,\nLucía',
        'Re: trabajo',
      ),
    ).toBe('Heladería Los Pinos');
  });
});
