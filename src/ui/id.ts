/**
 * Ids that tie a label, hint or error to its control. They only need to be unique in the document
 * or shadow root they are used in, and to stay the same for a component's life, so a counter does.
 * No Preact hooks here: the panel on a job email renders without them, which keeps Preact's hooks
 * module (about 1.1 KB gzip) out of the part loaded with every job email.
 */
let last = 0;

export const nextId = (): string => `g${++last}`;
