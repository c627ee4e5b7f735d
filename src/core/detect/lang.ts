/**
 * Language of an email by counting common function words of each supported language among its
 * folded word tokens. Words shared by several languages ("de", "la", "a", "que", "en") are left
 * out. Returns an ISO 639-1 code; 'en' when nothing stands out.
 */
const STOP_WORDS: Record<string, string> = {
  en: 'the and to of you your for we is with this that our be are have will on at it i please thank would as from by not an if was can',
  de: 'der die das und ich sie wir ihnen ihre nicht mit fur zu den ist ein eine auf dem des auch bitte vielen dank uns sehr wie bei im noch gerne wurden konnen haben wird unsere ihr',
  fr: 'le les et vous nous des du pour est une un votre dans qui avec sur pas au ce je merci bien notre sont aux cette nos vos tres avons etre',
  es: 'el los las y por con para es tu su nos te lo del al muy gracias hola pero como usted una estamos hemos tus sus esta este le les tambien estimado estimada saludos atentamente cordialmente nuestro nuestra',
  pt: 'o os e em um uma com por para do da dos das voce nao sua seu ao na no foi obrigado obrigada ola muito sao estamos temos esta tambem pelo pela essa esse isso ate gostariamos atenciosamente abracos nosso nossa',
  nl: 'het een van ik je u wij niet met voor op dat die zijn naar uw bij ook graag hartelijk om maar jouw wordt aan wat hebben heeft kunnen deze',
};

const LOOKUP = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words.split(' ')) {
    const list = LOOKUP.get(w);
    if (list) list.push(lang);
    else LOOKUP.set(w, [lang]);
  }
}

export const LANGUAGES = Object.keys(STOP_WORDS);

/** The languages a folded word is a function word of, if any. */
export function languagesOf(word: string): string[] | undefined {
  return LOOKUP.get(word);
}

/** Picks the language from per-language counts; 'en' unless another has clear evidence. */
export function pickLanguage(counts: Record<string, number>): string {
  let best = 'en';
  for (const l of LANGUAGES) if ((counts[l] ?? 0) > (counts[best] ?? 0)) best = l;
  return best !== 'en' && (counts[best] ?? 0) < 2 ? 'en' : best;
}

/**
 * Detects the language from folded words (see tokens.ts): all of `words`, or the index ranges
 * [from, to, from, to, …] of it given in `ranges`.
 */
export function detectLanguage(
  words: readonly string[],
  ranges: readonly number[] = [0, Math.min(words.length, 2000)],
): string {
  const counts: Record<string, number> = { en: 0, de: 0, fr: 0, es: 0, pt: 0, nl: 0 };
  for (let r = 0; r + 1 < ranges.length; r += 2) {
    for (let i = ranges[r] as number; i < (ranges[r + 1] as number); i++) {
      const langs = LOOKUP.get(words[i] as string);
      if (!langs) continue;
      for (const l of langs) counts[l] = (counts[l] ?? 0) + 1 / langs.length;
    }
  }
  return pickLanguage(counts);
}
