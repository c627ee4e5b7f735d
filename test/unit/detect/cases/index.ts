/**
 * Every email the classifier's rule tests write, for the training script: the second opinion
 * learns from these short emails as well as from the corpus. Each module here is the data of one
 * rule test (../classify-<name>.test.ts); its emails are built as the test builds them.
 */
import type { EmailInput, EmailKind } from '../../../../src/core/detect/types';
import * as breadthCasualS15 from './breadth-casual-s15';
import * as breadthEn from './breadth-en';
import * as breadthIntl from './breadth-intl';
import * as breadthYEn from './breadth-y-en';
import * as breadthYIntl from './breadth-y-intl';
import * as breadthZCasualEn from './breadth-z-casual-en';
import * as breadthZCasualIntl from './breadth-z-casual-intl';
import * as breadthZEn from './breadth-z-en';
import * as breadthZIntl from './breadth-z-intl';
import * as breadthZg from './breadth-zg';
import * as breadthZij from './breadth-zij';
import * as breadthZkl from './breadth-zkl';
import * as breadthZoq from './breadth-zoq';
import * as breadthZp from './breadth-zp';
import * as breadthZr from './breadth-zr';
import * as casualS17 from './casual-s17';
import * as coldOutreachS26 from './cold-outreach-s26';
import * as contextS20 from './context-s20';
import * as familyS20 from './family-s20';
import * as formalAddressS22 from './formal-address-s22';
import * as hardNegativesEn from './hard-negatives-en';
import * as hardNegativesIntl from './hard-negatives-intl';
import * as hardNegativesS15 from './hard-negatives-s15';
import { type CaseGroup, caseEmail } from './kind-case';
import * as patterns from './patterns';
import * as phrasesS26 from './phrases-s26';
import * as phrasesS27 from './phrases-s27';
import * as phrasesS28 from './phrases-s28';
import * as rescindedNlS22 from './rescinded-nl-s22';
import * as styles from './styles';
import * as stylesFgEn from './styles-fg-en';
import * as stylesFgIntl from './styles-fg-intl';
import * as stylesIjEn from './styles-ij-en';
import * as stylesIjIntl from './styles-ij-intl';
import * as stylesKlEn from './styles-kl-en';
import * as stylesKlIntl from './styles-kl-intl';
import * as stylesRsEn from './styles-rs-en';
import * as stylesRsIntl from './styles-rs-intl';
import * as stylesTuvEn from './styles-tuv-en';
import * as stylesTuvIntl from './styles-tuv-intl';
import * as successfulCandidateS22 from './successful-candidate-s22';
import * as testsS19 from './tests-s19';

interface CaseModule {
  SENDER: string;
  DATE: string;
  GROUPS: CaseGroup[];
}

/** A new module of rule-test cases must be listed here, or the model is not trained on it (a test checks). */
export const MODULES: CaseModule[] = [
  breadthCasualS15,
  breadthEn,
  breadthIntl,
  breadthYEn,
  breadthYIntl,
  breadthZCasualEn,
  breadthZCasualIntl,
  breadthZEn,
  breadthZIntl,
  breadthZg,
  breadthZij,
  breadthZkl,
  breadthZoq,
  breadthZp,
  breadthZr,
  casualS17,
  coldOutreachS26,
  contextS20,
  familyS20,
  formalAddressS22,
  hardNegativesEn,
  hardNegativesIntl,
  hardNegativesS15,
  patterns,
  phrasesS26,
  phrasesS27,
  phrasesS28,
  rescindedNlS22,
  styles,
  stylesFgEn,
  stylesFgIntl,
  stylesIjEn,
  stylesIjIntl,
  stylesKlEn,
  stylesKlIntl,
  stylesRsEn,
  stylesRsIntl,
  stylesTuvEn,
  stylesTuvIntl,
  successfulCandidateS22,
  testsS19,
];

/** Every rule-test email, built as its test builds it, with the test's name and the kind it expects. */
export function ruleTestEmails(): { name: string; kind: EmailKind; email: EmailInput }[] {
  return MODULES.flatMap((module) =>
    module.GROUPS.flatMap((group) =>
      group.cases.map((c) => ({
        name: c.name,
        kind: c.kind,
        email: caseEmail(c, group.sender ?? module.SENDER, group.date ?? module.DATE),
      })),
    ),
  );
}
