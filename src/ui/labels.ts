/** Human labels for the values drafts are written from, as message keys of `_locales`. */
import type { Role } from '../core/compose';
import { LANGUAGES, type Language, type Situation, TONES, type Tone } from '../core/settings';
import { t } from './i18n';

export const SITUATION_TEXT: Record<Situation, { title: string; hint: string }> = {
  'decline-offer': { title: 'ui_situation_decline_offer', hint: 'ui_situation_decline_offer_hint' },
  'accept-offer': { title: 'ui_situation_accept_offer', hint: 'ui_situation_accept_offer_hint' },
  'undecided-offer': { title: 'ui_situation_undecided_offer', hint: 'ui_situation_undecided_offer_hint' },
  'after-rejection': { title: 'ui_situation_after_rejection', hint: 'ui_situation_after_rejection_hint' },
  'after-interview': { title: 'ui_situation_after_interview', hint: 'ui_situation_after_interview_hint' },
  withdraw: { title: 'ui_situation_withdraw', hint: 'ui_situation_withdraw_hint' },
  'keep-in-touch': { title: 'ui_situation_keep_in_touch', hint: 'ui_situation_keep_in_touch_hint' },
};

const TONE_KEYS: Record<Tone, string> = { warm: 'ui_tone_warm', formal: 'ui_tone_formal', brief: 'ui_tone_brief' };
const ROLE_KEYS: Record<Role, string> = {
  recruiter: 'ui_role_recruiter',
  'hiring-manager': 'ui_role_hiring_manager',
  interviewer: 'ui_role_interviewer',
};
const LANGUAGE_KEYS: Record<Language, string> = {
  en: 'ui_language_en',
  de: 'ui_language_de',
  fr: 'ui_language_fr',
  es: 'ui_language_es',
  pt: 'ui_language_pt',
  nl: 'ui_language_nl',
};

export const toneOptions = () => TONES.map((value) => ({ value, label: t(TONE_KEYS[value]) }));
export const languageOptions = () => LANGUAGES.map((value) => ({ value, label: t(LANGUAGE_KEYS[value]) }));
export const roleOptions = (roles: readonly Role[]) => roles.map((value) => ({ value, label: t(ROLE_KEYS[value]) }));
