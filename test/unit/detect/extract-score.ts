/**
 * How an extracted field is judged against the corpus label. "Correct" means:
 * - company: equal after lower-casing, trimming, Unicode/diacritic folding, dropping
 *   surrounding punctuation, a leading "the", legal-form suffixes (Inc, Ltd, GmbH, gGmbH,
 *   AG, S.A., S.A. de C.V., E.P.E., E.M., Sp. z o.o., B.V., N.V., Lda, LLC, LLP, mbB, DAC, U.A., SE & Co. KG, …) and treating "&" as "and";
 * - role: equal after the same folding, cohort years ("2026", "2026-27"), a leading article (the, a, an, le, la, el, o, de,
 *   het, der, die, das), gender markers like "(m/w/d)", "(h/f)", "(m/v)", a bare "m/w/d" or a closing "H/F", reference
 *   parentheticals with digits ("(Req #4411)"), and the words "position"/"role" around it;
 *   a title that differs from the label only by a trailing parenthetical qualifier
 *   ("Civil Engineer II (Public Works)" vs "Civil Engineer II") also counts;
 * - contact: equal after lower-casing, trimming and diacritic folding;
 * - interviewAt: both null, or both ISO-8601 strings that denote the same instant with the
 *   same UTC offset ("Z" and "+00:00" are the same offset).
 */

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const LEGAL =
  /(?:[\s,]+(?:\(?pvt\.?\)?\s*ltd|pte\.?\s*ltd|pty\.?\s*ltd|sdn\.?\s*bhd|inc|incorporated|llc|l\.l\.c|llp|ltd|limited|plc|corp|corporation|co|company|gmbh(?:\s*&\s*co\.?\s*kg)?|se\s*&\s*co\.?\s*kg|ggmbh|ag|kg|mbb|dac|u\.\s?a|e\.?\s?v|s\.?\s?a\.?\s+de\s+c\.?\s?v|e\.?\s?p\.?\s?e|e\.\s?m|sp\.?\s*z\s*o\.?\s?o|s\.?\s?a\.?\s?s|s\.?\s?a\.?\s?r\.?\s?l|s\.?\s?a|s\.?\s?l|sarl|sas|b\.?\s?v|n\.?\s?v|bv|nv|lda|ltda|pty|\(pty\)|pte|srl|spa|s\.?\s?l\.?\s?u|vof|s\/a|oyj?|ab|asa?|a\/s|aps|gbr|ohg|ug|se|vzw|asbl|scrl|s\.?\s?c)\.?)+$/i;

/** Quotes, brackets and punctuation around a name. */
const WRAP = /^[\s"'()[\].,;:!?-]+|[\s"'()[\],;:!?-]+$/g;

export function normCompany(s: string | null): string | null {
  if (s === null) return null;
  let t = fold(s).replace(WRAP, '');
  t = t.replace(/^the\s+/, '');
  for (let i = 0; i < 3; i++) t = t.replace(LEGAL, '').trim();
  // Again after the legal form: "Orchid Capital (Family Office) Pte. Ltd." must lose the same
  // closing bracket as "Orchid Capital (Family Office)" did above.
  t = t.replace(WRAP, '');
  return t
    .replace(/\s*&\s*/g, ' and ')
    .replace(/[.,]+$/, '')
    .trim();
}

const GENDER =
  /\(\s*(?:[mwfdhvx]\s*\/\s*){1,3}[mwfdhvx]\s*\)|\b(?:[mwfd]\/){2}[mwfd]\b|\b(?:h\/f|f\/h)(?:\/x)?$|\(\s*all\s+genders?\s*\)/gi;

export function normRole(s: string | null, dropQualifier = false): string | null {
  if (s === null) return null;
  let t = fold(s).replace(GENDER, ' ');
  t = t.replace(/\([^()]*\d[^()]*\)/g, ' ');
  // Cohort years: "2026 Engineering Graduate Programme", "Teacher 2026-27".
  t = t.replace(/(?:^|\s)(?:19|20)\d\d(?:\s*[-/]\s*\d{2,4})?(?=\s|$)/g, ' ');
  if (dropQualifier) t = t.replace(/\([^()]*\)/g, ' ');
  t = t.replace(/^(?:the|a|an|le|la|l'|el|o|de|het|der|die|das|un|une|um|uma)\s+/, '');
  t = t.replace(/\s+(?:position|role|job|post|vacancy)$/, '');
  t = t.replace(/^(?:position|role)\s+(?:of|as)\s+/, '');
  return t
    .replace(/[^\p{L}\p{N}&+#/]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sameCompany(got: string | null, want: string | null): boolean {
  return normCompany(got) === normCompany(want);
}

export function sameRole(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  return normRole(got) === normRole(want) || normRole(got, true) === normRole(want, true);
}

export function sameContact(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  return fold(got) === fold(want);
}

function offsetOf(iso: string): number | null {
  const m = /(?:([+-])(\d\d):?(\d\d)|Z)$/.exec(iso);
  if (!m) return null;
  if (!m[1]) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

export function sameInstant(got: string | null, want: string | null): boolean {
  if (got === null || want === null) return got === want;
  const a = Date.parse(got);
  const b = Date.parse(want);
  return Number.isFinite(a) && a === b && offsetOf(got) !== null && offsetOf(got) === offsetOf(want);
}

export interface Labelled {
  id: string;
  subject: string;
  from: string;
  to?: string;
  date: string;
  body: string;
  expect: {
    kind: string;
    language: string;
    company: string | null;
    role: string | null;
    contact: string | null;
    interviewAt: string | null;
  };
}
