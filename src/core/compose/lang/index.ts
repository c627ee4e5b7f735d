import type { Language } from '../../settings';
import type { Pack } from '../types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { pt } from './pt';

export const PACKS: Record<Language, Pack> = { en, de, fr, es, pt, nl };
