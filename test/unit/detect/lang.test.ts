/**
 * Short, informal mail is written with the words of talk ("salut", "ça", "kannst", "hoi"), which
 * the formal function words miss: such a message must still be read in its language, or its
 * language's rules never see it (a one-line French offer was read as English and missed).
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { languageOf } from '../../../src/core/detect/lang';

const SHORT: [string, string][] = [
  ['fr', "Salut Léa! On aimerait t'avoir comme serveuse ici cet été, ça te dit? Réponds-moi vite."],
  ['de', 'Hallo Tim, kannst du mir bis Freitag sagen, ob du dabei bist?'],
  ['es', '¿Puedes pasarte mañana? Si quieres, te escribo antes.'],
  ['nl', 'Hoi Sanne, kun jij morgen even langskomen?'],
  // "du" and "tu" are words of several languages: they no longer vote for one alone.
  ['de', 'Moin Jan, hat sich erledigt, du musst Samstag nicht kommen.'],
  ['de', 'Hey Ole, geht Freitag? Gibt auch Kaffee, so bis 12.'],
  ['fr', 'coucou lina, tu peux passer lundi? sinon autre chose, dis-moi'],
  ['es', 'Oye, me voy un rato, después te llamo.'],
  // Casual Dutch with none of the formal function words but "bij": "ze", "nog" and "wel" tell it.
  ['nl', 'afgewezen bij de bibliotheek na twee gesprekken nog wel. ze zochten iemand ouder. koffie morgen?'],
  // A parent's two lines: "quando", "então" (Portuguese), "cuando" (Spanish).
  ['pt', 'então, como correu a prova? liga quando puderes'],
  ['es', '¿qué tal la entrevista? llámame cuando salgas, te espero'],
  // Regional speech with few formal function words: Flemish "ge", "ons", "mee", "tot"; Austrian
  // German against Portuguese "da"/"do"; Brazilian "vem", "fica" against English "as", "for".
  ['nl', 'joepie, ons kot bestaat tien jaar! neemt ge iets mee? tot zaterdag'],
  ['de', 'ja, kumm halt vorbei, meistens bin i do, dann red ma'],
  ['pt', 'vem fazer um teste aqui às 9 na loja, se for bem já fica'],
  // Brazilian chat spelling: "oi", "pra", "teu", "outra" (Spanish "te" outvoted "uma"); "hoje", "nem" against
  // Spanish "como".
  ['pt', 'Oi Lari! Já arrumei outra pessoa pra vaga, mas adorei teu trabalho, te chamo'],
  ['pt', 'a quinta ligou-me hoje, fico lá como estagiária em fevereiro, nem acredito'],
];

describe('the language of a short informal message', () => {
  for (const [language, text] of SHORT) {
    it(`reads "${text.slice(0, 24)}…" as ${language}`, () => {
      expect(languageOf(text)).toBe(language);
      expect(classifyEmail({ subject: '', from: 'a <a@b.example>', body: text }).language).toBe(language);
    });
  }

  it('still reads plain English as English', () => {
    expect(languageOf('Hi Sam, can you come by on Monday to meet the team? Thanks, Jo')).toBe('en');
  });
});
