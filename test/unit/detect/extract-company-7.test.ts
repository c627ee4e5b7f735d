/**
 * Company, seventh round: public bodies mailing from their own portals, an agency's client named in
 * more ways, the sender's own organisation named as the one acting for itself, a branch or a legal
 * form after the name, and a sector word that is no job title.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-05-04T09:00:00Z' }).company;

describe('a public body mailing from its own portal', () => {
  it("keeps the form's employer line though the portal's domain spells it", () => {
    expect(
      company(
        'Jobs Portal Notifications <no-reply@apply.mrwb.example>',
        'Application status: Hydrology Technician',
        'Dear Applicant,\n\nAgency: Midland River Water Board\nPosition: Hydrology Technician\n\nYou were not among the best qualified candidates for this vacancy.\n\nThis mailbox is not monitored.\n',
      ),
    ).toBe('Midland River Water Board');
  });

  it('takes the part of the sender name its acronym domain spells, though it reads as a department', () => {
    expect(
      company(
        'Civic Staffing Hub – Personnel Services Department <staffing@psd-gc.example>',
        'Result of your written assessment',
        'Hello Dana Whitlock,\n\nWe regret to inform you that you did not obtain the pass mark in this selection process.\n\nStaffing Team\n',
      ),
    ).toBe('Personnel Services Department');
  });
});

describe("a public body's own words", () => {
  it('reads the department from a "Vacancy:" line', () => {
    expect(
      company(
        'Government Recruitment Service <noreply@grs-jobs.example>',
        'Your application – Ref 2026/118',
        'Dear Candidate,\n\nVacancy: Policy Adviser (HEO), Department for Coastal Affairs\nReference: 2026/118\n\nRegrettably, your application did not meet the minimum standard at the sift stage.\n\nGovernment Recruitment Service\n',
      ),
    ).toBe('Department for Coastal Affairs');
  });
});

describe('a phrase spelling the domain', () => {
  it('takes in a company word written before it ("University of", "Clínica")', () => {
    expect(
      company(
        'Prof. Ewan Baird <e.baird@dunmore.ac.example>',
        'Offer of appointment',
        'Dear Leila,\n\nI am pleased to confirm that the panel recommended your appointment as Lecturer in Geology at the University of Dunmore.\n\nWith best wishes,\nEwan\n',
      ),
    ).toBe('University of Dunmore');
    expect(
      company(
        'Joana Reis <joana@boavistadental.example>',
        'Você foi aprovada!',
        'Oi Marta,\n\nVocê foi aprovada para a vaga de Auxiliar de Saúde Bucal da Clínica Boa Vista Dental! Início em março.\n\nJoana Reis\n',
      ),
    ).toBe('Clínica Boa Vista Dental');
  });
});

describe('Spanish and Portuguese hiring offices around the name', () => {
  it('drops "Gestión Humana", "Gabinete de Recrutamento" before the employer', () => {
    expect(
      company(
        'Gestión Humana Clínica Los Nogales <seleccion@clinicalosnogales.example>',
        'Resultado del proceso',
        'Estimada Paula:\n\nLamentamos informarle que no continuará en el proceso para Auxiliar de Enfermería.\n\nGestión Humana\n',
      ),
    ).toBe('Clínica Los Nogales');
    expect(
      company(
        'Direcção de Pessoas <rh@grupoluanda.example>',
        'Candidatura',
        'Caro Nuno,\n\nAgradecemos a sua candidatura para Técnico de Logística; não foi selecionado.\n\nCumprimentos,\nRita Soares\nGabinete de Recrutamento Grupo Luanda Comercial\n',
      ),
    ).toBe('Grupo Luanda Comercial');
  });
});

describe('a hiring service writing for itself', () => {
  it("takes the sender's name when its hiring domain's mail names no one else", () => {
    expect(
      company(
        'Brindlewood Careers <no-reply@brindlewood-hire.example>',
        'Your interview is booked',
        'Hi Sam,\n\nYou are all set for your interview for the Support Analyst opening on Tuesday, May 12 at 10:00 AM Eastern.\n\nSee you then!\n',
      ),
    ).toBe('Brindlewood');
  });
});

describe('an agency and its client', () => {
  it('reads the client from "the client is X"', () => {
    expect(
      company(
        'Nadia Brook <nadia@tallowsearch.example>',
        'Re: your next move',
        'Hi Omar,\n\nThe client is Granger & Pike Haulage and the role is Head of Transport for their Leeds depot. Could we talk on Friday at 2pm?\n\nNadia\n',
      ),
    ).toBe('Granger & Pike Haulage');
  });

  it('does not take a sector word ending in "tech" for a job title ("Fintech", "Medtech")', () => {
    expect(
      company(
        'Rohan Pillai <rohan@hirewell-partners.example>',
        'Interview request – Data Engineer',
        'Hi Kiran,\n\nGood news, Sarvam Medtech has shortlisted your profile for the Data Engineer position and wants a video interview next week.\n\nRegards,\nRohan\nSenior Consultant\nHirewell Partners\n',
      ),
    ).toBe('Sarvam Medtech');
  });

  it('keeps the sender\'s own organisation when it writes "on behalf of" itself', () => {
    expect(
      company(
        'Maya Oduya <moduya@brantfordusd.example>',
        'Your assignment',
        'Dear Ms. Lund,\n\nThe principal recommended you for the Math Teacher vacancy at Hillcrest Middle School, and the board approved it. On behalf of Brantford Unified School District, I am offering you a contract for the coming year.\n\nMaya Oduya\nCertificated HR\nBrantford Unified School District\n',
      ),
    ).toBe('Brantford Unified School District');
  });
});

describe('what follows the name is not part of it', () => {
  it('ends a name at a possessive ("Alder Dental\'s Northside practice")', () => {
    expect(
      company(
        'Gina Ruiz <gruiz@gmail.example>',
        'Dental Assistant – next step',
        "Hello Paul,\n\nYour application for the Dental Assistant opening at Alder Dental's Northside practice stood out. Can you come in next week?\n\nGina\n",
      ),
    ).toBe('Alder Dental');
  });

  it('keeps "Pvt." inside a name and leaves out a sentence about the employer', () => {
    expect(
      company(
        'Ravi Menon <ravi@kaverisoftech.example>',
        'Offer letter',
        'Dear Anu,\n\nWe are pleased to offer you the position of Business Analyst at Kaveri Softech Pvt. Ltd. in our Pune office.\n\nRavi\n',
      ),
    ).toBe('Kaveri Softech Pvt. Ltd.');
    expect(
      company(
        'Maya Ortiz <mortiz@cobaltridgehealth.example>',
        'Interview – Night Nurse',
        'Hi Lee,\n\nCan you come in on Thursday at 3pm for an interview for the Night Nurse job?\n\nMaya Ortiz\nNurse Recruiter\nCobalt Ridge Health is an Equal Opportunity Employer.\n',
      ),
    ).toBe('Cobalt Ridge Health');
  });

  it('reads "Title (unit) at X" as a job title and its employer', () => {
    expect(
      company(
        'HR Department <hr@aravalihospitals.example>',
        'Appointment Letter',
        'Dear Ms. Rao,\n\nWe are pleased to appoint you as Staff Nurse (NICU) at Aravali Multispeciality Hospital, Jaipur, from 1 June 2026.\n\nFor Aravali Hospitals Pvt. Ltd.\n\nDr. Meera Joshi\nMedical Superintendent\n',
      ),
    ).toBe('Aravali Multispeciality Hospital');
  });

  it('drops a branch the mailbox is named for', () => {
    expect(
      company(
        'Kirkwall Outfitters Stromness <stromness.shop@kirkwalloutfitters.example>',
        'Weekend role',
        'Hi Isla,\n\nThanks for coming in. I would like to offer you the weekend Sales Assistant job at our shop, starting Saturday.\n\nRuth Flett\nShop Manager\n',
      ),
    ).toBe('Kirkwall Outfitters');
  });

  it('drops a legal form people leave out when they name the firm (asbl, S.A. de C.V., LP, Sp. z o.o.)', () => {
    const signed = (sig: string, domain: string) =>
      company(
        `Alex Moreau <alex@${domain}.example>`,
        'Votre candidature',
        `Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste d'animateur.\n\nAlex Moreau\nCoordinateur\n${sig}\n`,
      );
    expect(signed('Maison des Jeunes La Passerelle asbl', 'lapasserelle')).toBe('Maison des Jeunes La Passerelle');
    expect(signed('Hilados del Norte S.A. de C.V.', 'hiladosnorte')).toBe('Hilados del Norte');
    expect(signed('Redfern Capital LP', 'redferncap')).toBe('Redfern Capital');
    expect(signed('Nowak Logistyka Sp. z o.o.', 'nowak-logistyka')).toBe('Nowak Logistyka');
  });
});
