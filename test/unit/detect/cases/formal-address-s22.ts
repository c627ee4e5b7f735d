/**
 * Brazilian and Portuguese official letters address the reader as "Vossa Senhoria" (Your Lordship): that is no
 * landlady ("a senhoria", the one who lets a flat), whose word counts against a job email (rules-pt: a rental
 * application declined is other). Emails written for this test, none taken from a corpus.
 */
import type { CaseGroup } from './kind-case';

export const SENDER = 'Comissão de Seleção <selecao@saude.municipio.example>';
export const DATE = '2026-03-10T08:30:00-03:00';

export const GROUPS: CaseGroup[] = [
  {
    title: '"Vossa Senhoria" is the reader, not a landlady',
    cases: [
      // x4kb a|da|minha|na|nossa|pela|tua senhoria (rules-pt), no longer "senhoria" alone
      {
        name: 'Portuguese: a public selection board summons the candidate to an interview',
        kind: 'interview',
        subject: 'Convocação para entrevista – Seleção Pública nº 07/2026',
        body: 'Prezado candidato,\n\nA Comissão de Seleção CONVOCA Vossa Senhoria, aprovado na análise de currículo para a função de Auxiliar de Farmácia, para a etapa de ENTREVISTA.\n\nData: 17/03/2026 (terça-feira)\nHorário: 9h\nLocal: Sala 3 da Secretaria de Saúde\n\nCompareça com 15 minutos de antecedência, com documento de identidade.\n\nAtenciosamente,\nComissão de Seleção',
      },
    ],
  },
  {
    title: 'the landlady still counts against a job email',
    cases: [
      {
        name: 'look-alike: Portuguese, the landlady chose another tenant',
        kind: 'other',
        from: 'Imobiliária Central <contato@imobcentral.example>',
        subject: 'Apartamento na Rua das Flores',
        body: 'Olá Bruno,\n\ninfelizmente a senhoria optou por outra proposta, de uma família que já vive no bairro. A sua candidatura fica no nosso registo para outros imóveis.\n\nCumprimentos,\nImobiliária Central',
      },
    ],
  },
];
