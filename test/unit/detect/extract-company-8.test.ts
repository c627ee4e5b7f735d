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
