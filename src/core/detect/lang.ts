/**
 * Language of an email by counting common function words of each supported language among its
 * folded word tokens. Words shared by several languages ("de", "la", "a", "que", "en") are left
 * out. Returns an ISO 639-1 code; 'en' when nothing stands out.
 */
import { tokenize, wordAt } from './tokens';

const STOP_WORDS: Record<string, string> = {
  en: 'the and to of you your for we is with this that our be are have will on at it i please thank would as from by not an if was can',
  de: 'der die das und ich sie wir ihnen ihre dich dir mir mich du sich hallo kannst bist geht gibt bis nicht mit fur zu den ist ein eine auf dem des auch bitte vielen dank uns sehr wie bei im noch gerne wurden konnen haben wird unsere ihr dann bin nach halt vorbei meistens sind leider mehr schon',
  fr: 'le les et vous nous des du pour est une un votre dans qui avec sur pas au ce je merci bien notre sont aux cette nos vos tres avons etre comme ca ici moi salut bonjour cordialement suis avez veuillez tu peux dois sinon autre chose bonne quelqu',
  es: 'el los las y no fue fuiste por con para es tu su nos te lo del al muy gracias hola pero como usted una estamos hemos tus sus esta este le les tambien puedes quieres eres un despues voy estimado estimada saludos atentamente cordialmente nuestro nuestra cuando',
  pt: 'o os e em um uma com por para do da dos das voce vc tu nao sua seu meu pode ao na no foi obrigado obrigada ola muito sao estamos temos esta tambem pelo pela essa esse isso ate gostariamos atenciosamente abracos nosso nossa quando entao vem fica pra oi teu tua outra outro hoje nem',
  nl: 'het een van ik je u wij niet met voor op dat die zijn naar uw bij ook graag hartelijk om maar jouw wordt aan wat hebben heeft kunnen deze jij hoi kun ze nog wel ons ge mee tot',
};

export const LANGUAGES = Object.keys(STOP_WORDS);

/** Per word: the languages it is a function word of, bit l for LANGUAGES[l]. */
const MASKS = new Map<string, number>();
LANGUAGES.forEach((lang, index) => {
  for (const w of (STOP_WORDS[lang] as string).split(' ')) MASKS.set(w, (MASKS.get(w) ?? 0) | (1 << index));
});

/** The languages a folded word is a function word of: bit l set for LANGUAGES[l]; 0 for none. */
export function languageMask(word: string): number {
  return MASKS.get(word) ?? 0;
}

/**
 * Picks the language from counts per language (by index into LANGUAGES); 'en' unless another has
 * clear evidence.
 */
export function pickLanguage(counts: ArrayLike<number>): string {
  let best = 0;
  for (let l = 1; l < LANGUAGES.length; l++) if ((counts[l] as number) > (counts[best] as number)) best = l;
  return best !== 0 && (counts[best] as number) < 2 ? 'en' : (LANGUAGES[best] as string);
}

/** Adds a function word's votes to `counts`: one vote, shared by the languages of its `mask`. */
export function voteLanguages(counts: Float64Array, mask: number): void {
  let shared = 0;
  for (let m = mask; m !== 0; m &= m - 1) shared++;
  for (let l = 0; l < LANGUAGES.length; l++) if (mask & (1 << l)) counts[l] = (counts[l] as number) + 1 / shared;
}

/** The language of a text, counted as the classifier counts an email's (its first `limit` words). */
export function languageOf(text: string, limit = 2000): string {
  const t = tokenize(text);
  const counts = new Float64Array(LANGUAGES.length);
  for (let k = 0; k < t.length && k < limit; k++) voteLanguages(counts, languageMask(wordAt(t, k)));
  return pickLanguage(counts);
}
