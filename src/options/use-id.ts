/** An id from `nextId` (src/ui/id.ts) kept for the component's life, for function components. */
import { useState } from 'preact/hooks';
import { nextId } from '../ui/id';

export const useId = (): string => useState(nextId)[0];
