/**
 * Company, ninth round, by family: a domain glued into one word, a name run crossing a boundary, a tool's
 * or a label's word in front of the name, an agency's client behind a description, a lead word only the
 * domain spells, and legal forms people leave out.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const company = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-05-04T09:00:00Z' }).company;

describe('a domain written as one word', () => {
  it('gives no name when nothing in the mail cuts a long label into words', () => {
    expect(
      company(
        'Wes <wes@bluegullseafoodshack.example>',
        're: fryer cook',
        'hey, filled the fryer spot last week sorry. try us again in june\n\nWes\n',
      ),
    ).toBeNull();
  });

  it('reads a linking word whole ("des", "del"), not its first letters', () => {
    expect(
      company(
        'Inès Roussel <ines@maisondesvignes.example>',
        'Votre candidature',
        'Bonjour,\n\nMerci pour votre candidature au poste de caviste. Nous avons choisi un autre profil.\n\nInès\n',
      ),
    ).toBe('Maison des Vignes');
  });
});

describe('a name ends at a boundary', () => {
  it('stops at a capitalised pronoun after "and"', () => {
    expect(
      company(
        'Ruth Ames <ruth.ames@mail.example>',
        'Your application',
        'Hi Sam,\n\nI do the hiring at Quenby Mills and I wanted to tell you the Weaver post has gone to another applicant.\n\nRuth\n',
      ),
    ).toBe('Quenby Mills');
  });

  it('ends a signature part at a sentence of the footer', () => {
    expect(
      company(
        'Hal Brant <hal@corvellmarine.example>',
        'Offer: Deckhand',
        'Dear Sam,\n\nI am pleased to offer you the Deckhand post from 1 June.\n\nHal Brant\nFleet Manager\nCorvell Marine Ltd. Registered office: Pier Road, Oban PA34 4LW\n',
      ),
    ).toBe('Corvell Marine Ltd.');
  });
});

describe('a tool, a team or a label before the employer', () => {
  it('takes the employer after "on behalf of" in a platform sender', () => {
    expect(
      company(
        'HireCast on behalf of Tolland Mutual <invites@hirecast-mail.example>',
        'Your recorded interview',
        'Hello Sam,\n\nTolland Mutual invites you to a recorded interview for the Underwriter post.\n\nHireCast\n',
      ),
    ).toBe('Tolland Mutual');
  });

  it('takes the employer after "for", "für", "para" when a team or a mailbox sends', () => {
    expect(
      company(
        'Applicant news for Brindle Care <no-reply@greenhouse.example>',
        'Your application',
        'Hi Sam,\n\nThank you for applying for the Care Assistant post. We will not be moving forward.\n\nThe Recruiting Team\n',
      ),
    ).toBe('Brindle Care');
    expect(
      company(
        'Bewerbermanagement für Kreiswerke Ostal <noreply@softgarden.example>',
        'Ihre Bewerbung',
        'Sehr geehrte Sam,\n\nleider haben wir uns für andere Bewerber entschieden.\n\nIhr Personalteam\n',
      ),
    ).toBe('Kreiswerke Ostal');
    expect(
      company(
        'Equipa de Seleção para Metalúrgica Vouga <no-reply@recruitee.example>',
        'Candidatura',
        'Olá Sam,\n\nObrigado pela candidatura. Infelizmente não avançamos.\n\nCumprimentos\n',
      ),
    ).toBe('Metalúrgica Vouga');
    // A name of capitalised words before "for" is the name itself.
    expect(
      company(
        'Partners in Care for Seniors <jobs@picfs.example>',
        'Your application',
        'Dear Sam,\n\nThank you for applying to be a Home Carer. We have appointed another applicant.\n\nPartners in Care for Seniors\n',
      ),
    ).toBe('Partners in Care for Seniors');
  });

  it("drops a subject's label word before the name", () => {
    expect(
      company(
        'Recruitee <no-reply@recruitee.example>',
        'Terugkoppeling Dekker Tuinen: uw sollicitatie',
        'Beste Sam,\n\nHelaas hebben wij gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nHet recruitmentteam\n',
      ),
    ).toBe('Dekker Tuinen');
  });
});

describe('an agency and its client', () => {
  it('reads the client past a description set off by commas', () => {
    expect(
      company(
        'Kim Dale <kim@brightpathrecruitment.example>',
        'Interview with our client',
        'Hi Sam,\n\nOur client, a regional chain of hardware stores, Tanner Hardware, would like to meet you for the Store Manager role.\n\nKim Dale\nConsultant\nBrightpath Recruitment\n',
      ),
    ).toBe('Tanner Hardware');
  });

  it('keeps a lead word the domain spells, so the agency is seen as one', () => {
    expect(
      company(
        'Pilar Gil <pilar@seleccionnorte.example>',
        'Entrevista',
        'Hola Sam:\n\nNuestro cliente, una cadena de ópticas, Ópticas Lucero, quiere entrevistarte para Óptico el lunes.\n\nPilar Gil\nConsultora | Selección Norte\n',
      ),
    ).toBe('Ópticas Lucero');
  });
});

describe('a name the domain spells goes on as the mail writes it', () => {
  it('keeps a capitalised common noun after the part the domain spells, up to the sentence end', () => {
    expect(
      company(
        'Nia Rowe <nia@fennickandrowe.example>',
        'Following up',
        'Sam,\n\nAs promised on the phone: we would like you at Fennick & Rowe Surveyors as a Graduate Surveyor from July.\n\nNia\n',
      ),
    ).toBe('Fennick & Rowe Surveyors');
    // A sentence's end stops it.
    expect(
      company(
        'Nia Rowe <nia@fennickandrowe.example>',
        'Following up',
        'Sam,\n\nThank you for meeting us at Fennick & Rowe. Loved your site notes. We would like to offer you the Graduate Surveyor post.\n\nNia\n',
      ),
    ).toBe('Fennick & Rowe');
  });
});

describe('legal forms people leave out', () => {
  it('drops "S.r.l" and "PartGmbB" after the name', () => {
    expect(
      company(
        'Gianni Rota <gianni@rotaimpianti.example>',
        'Offer',
        'Hi Sam,\n\nWe are glad to offer you the Installer post.\n\nGianni Rota\nRota Impianti S.r.l\n',
      ),
    ).toBe('Rota Impianti');
    expect(
      company(
        'Eva Lind <lind@lindwerner.example>',
        'Einladung',
        'Sehr geehrte Sam,\n\ngerne laden wir Sie zu einem Gespräch ein.\n\nEva Lind\nLind Werner Steuerberater PartGmbB\n',
      ),
    ).toBe('Lind Werner Steuerberater');
  });
});
