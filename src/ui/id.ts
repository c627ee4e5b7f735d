/**
 * Ids that tie a label, hint or error to its control. Preact's useId would bring its own code into
 * the shared Preact chunk (loaded with every job email) for ids that only need to be unique in the
 * document or shadow root they are used in, and stay the same for a component's life.
 */
import { useState } from 'preact/hooks';

let last = 0;

export const useId = (): string => useState(() => `g${++last}`)[0];
