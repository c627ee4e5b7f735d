import * as v from 'valibot';
import { LANGUAGES, SITUATIONS, TONES } from '../settings';
import { ROLES } from './types';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const maybe = (max: number) => v.nullish(text(max));

/** Contract 2 of design.md: one draft request. Optional fields also accept null (as `classify` emits). */
export const DraftRequestSchema = v.object({
  situation: v.picklist(SITUATIONS),
  tone: v.picklist(TONES),
  language: v.nullish(v.picklist(LANGUAGES)),
  sender: v.object({ name: text(120), signature: maybe(1000) }),
  recipient: v.object({ name: text(120), role: v.nullish(v.picklist(ROLES)), email: maybe(320) }),
  company: text(200),
  jobTitle: maybe(200),
  details: v.nullish(
    v.object({
      /** Free text; never quoted, only matched to a kind sentence (see `reasonKind`). */
      reason: maybe(500),
      /** A noun phrase: "meeting the design team". */
      highlight: maybe(300),
      /** A noun phrase: "the design system migration". */
      interviewTopic: maybe(200),
      /** ISO-8601 date or timestamp; anything else is ignored. */
      interviewDate: maybe(40),
      /** undecided-offer: when the candidate will answer, ISO-8601. */
      replyBy: maybe(40),
    }),
  ),
});
export type DraftRequest = v.InferInput<typeof DraftRequestSchema>;
