/**
 * Extraction, round s20: words of one language that read mail in another. The full extractor (the CLI) adds every
 * language's words to every email; the content script adds only the languages an email shows. Spanish "en <company>"
 * read French "en Bretagne", "en CAP", "en PJ"; Spanish "de <job noun>" read "etapa de entrevista técnica" and
 * Portuguese "precisam de ajudante de cozinha" only in the CLI; a Dutch clause ran on into the title in the content
 * script, where no Portuguese stop word ended it; Dutch "de klant" read Portuguese "Gestor de Cliente Empresas" as an
 * agency's client in the CLI. The first cases are checked where every language's words are added,
 * as the CLI runs; the Portuguese and Dutch titles as the content script runs, with the email's own language only.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

/** The lazy extractor on fresh modules: the full one, imported above, adds every language's words to its own. */
async function freshLazy() {
  vi.resetModules();
  return import('../../../src/core/detect/extract/lazy');
}

interface Mail {
  from: string;
  subject: string;
  body: string;
}
const x = (m: Mail, kind: 'interview' | 'offer' | 'rejection' = 'offer') =>
  extractDetails({ date: '2026-03-02T09:00:00Z', ...m }, { timeZone: 'UTC', kind });

describe('French "en" before a region or an abbreviation names no company', () => {
  it.each([
    ['un poste d’animateur en Bretagne', 'Bretagne'],
    ['un contrat en CAP maintenance des véhicules', 'CAP'],
    ['la lettre est en PJ', 'PJ'],
  ])('%s', (phrase, word) => {
    const company = x({
      from: 'Julien Morel <julien.morel@mail.example>',
      subject: 'c’est bon !',
      body: `Salut Théo,\n\nc’est OK, mon oncle te prend : ${phrase}. Tu commences lundi à 8h.\n\nJulien`,
    }).company;
    expect(company).not.toBe(word);
  });
});

describe('Spanish and Portuguese "de" before a job noun in lower case', () => {
  it('is no title when the noun is the interview itself', () => {
    const role = x(
      {
        from: 'Juliana Prado <juliana.prado@ctmv.example>',
        subject: 'Convocação',
        body: 'Prezado Felipe,\n\nVocê foi aprovado para o emprego de Técnico de Manutenção Elétrica e está convocado para a etapa de entrevista técnica, na terça-feira, 12 de agosto, às 14h.\n\nJuliana Prado',
      },
      'interview',
    ).role;
    expect(role).not.toMatch(/entrevista/i);
    expect(role).toMatch(/^Técnico de Manutenção Elétrica/);
  });
  it('names the job in Portuguese as in Spanish, with the Portuguese words alone', async () => {
    const email = {
      from: 'Kiko Matos <kiko@mail.example>',
      subject: 'vaga',
      date: '2026-03-02T09:00:00Z',
      body: 'Diogo, o chefe diz que ficas com o lugar, precisam mesmo de ajudante de cozinha. Começas segunda às 9h.\nabraço\nKiko',
    };
    const lazy = await freshLazy();
    expect(lazy.languagesFor(email)).toEqual(['pt']);
    expect((await lazy.extractLoading(email, { timeZone: 'UTC', kind: 'offer' })).role).toBe('ajudante de cozinha');
    expect(x(email).role).toBe('ajudante de cozinha');
  });
});

describe('a Dutch clause after the frame is no title', () => {
  it('"de ploegen voor de kantoren zijn volzet tot na de zomer", with the Dutch words alone', async () => {
    const email = {
      from: 'Dirk Mertens <dirk@netmertens.example>',
      subject: 'Schoonmaak',
      date: '2026-03-02T09:00:00Z',
      body: 'Dag Olga,\n\nbedankt voor uw kandidatuur. Spijtig genoeg kunnen we u op dit moment niets aanbieden, de ploegen voor de kantoren zijn volzet tot na de zomer.\n\nVriendelijke groeten,\nDirk Mertens\nNet Mertens bv',
    };
    const lazy = await freshLazy();
    expect(lazy.languagesFor(email)).toEqual(['nl']);
    const role = (await lazy.extractLoading(email, { timeZone: 'UTC', kind: 'rejection' })).role;
    expect(role ?? '').not.toMatch(/volzet/);
  });
});

describe('Dutch "de klant" is not Portuguese "de cliente"', () => {
  it('a bank’s post "Gestor de Cliente Empresas" names no client company', () => {
    const company = x({
      from: 'Pessoas & Cultura – Banco Atlântico Sul <pessoas@bancoatlanticosul.example>',
      subject: 'A sua candidatura',
      body: 'Olá Rui,\n\ntemos o prazer de lhe oferecer a vaga de Gestor de Cliente Empresas (Porto), com início a 1 de abril.\n\nInês Carvalho\nDireção de Pessoas & Cultura\nBanco Atlântico Sul, S.A. – Av. da Liberdade 190, Lisboa',
    }).company;
    expect(company).not.toBe('Empresas');
  });
});
