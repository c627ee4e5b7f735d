/**
 * The classifier's second opinion (src/core/detect/opinion.ts) for a webmail tab: the model lives
 * in the worker so that webmail pages do not load it. It reads feature hashes only, never text.
 */
import { combine, secondOpinion } from '../../core/detect/opinion';
import type { Handlers } from '../router';

export const detectHandlers: Pick<Handlers, 'second-opinion'> = {
  'second-opinion': async ({ kind, features, ...ask }) => ({
    kind: combine(kind, secondOpinion(features).probabilities, ask),
  }),
};
