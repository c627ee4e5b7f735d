/**
 * A small phrase matcher over folded word tokens. Rules are written one a line as
 * `<channel><weight>[flags] <pattern>`, e.g. `o4 offer you _3 position|role|job`:
 *   - channel: o offer, r rejection, i interview, x "not a job email for the reader", j job context;
 *   - flags after the weight: `s` the rule only counts in the subject; `k` decisive, the other job
 *     channels count for less when it matches ("we have to rescind the offer"); `a` (channel x) an
 *     acknowledgement that also opens real rejections and invitations ("we received your
 *     application"), ignored when a decisive job cue matches; `b` not in signatures; `w` (with `k`) the
 *     offer is withdrawn, said as done ("we are withdrawing the offer", not "we may withdraw it"), so
 *     the offer's own decisive cues ("we extended you an offer") no longer decide;
 *   - pattern elements, space separated: `a|b|c` alternatives, `word*` a prefix, `#d` a token that
 *     starts with a digit, `_N` up to N arbitrary tokens, a trailing `?` makes an element optional,
 *     a leading `!` makes it a word that must not come next (`loan !officer|processor`: a loan, not a
 *     loan officer; it takes no token and holds at a sentence's end);
 *   - `$name a|b|c` defines a word list that later elements use as `$name` (also inside `a|$name`).
 * Words are compared by hash (tokens.ts), so matching allocates no strings except for prefixes.
 * Rules are indexed by their first element; phrases never cross a sentence boundary.
 *
 * Compiled elements are integers in flat lists (CompiledRules.elements and .words), not objects:
 * matching runs on every opened email and reads a few dozen rules of a set of about 2,000, and
 * objects spread over the heap made most of its time waiting for memory (a typical 2 KB email
 * took about 10% longer).
 */
import { hashWord, type Tokens, wordAt } from './tokens';

export type Channel = 'o' | 'r' | 'i' | 'x' | 'j';

/** A parsed pattern element, before it is stored as integers (ELEMENT_SIZE of them). */
interface Element {
  /**
   * Its flags as CompiledRules.elements stores them (OPTIONAL, NEGATIVE, DIGIT, PREFIXES, GAP,
   * below): 0 for a required list of plain words. (One number rather than a field each: the
   * matcher ships on every webmail page, and the bits are tested alike here and where it matches.)
   */
  flags: number;
  /** hashes of exact words */
  words: number[];
  prefixes: string[];
  /** gap: 0..gap arbitrary tokens; -1 for any other element */
  gap: number;
}

/**
 * Integers an element takes in CompiledRules.elements: its flags (below), where its words start
 * and end in CompiledRules.words, and its gap.
 */
const ELEMENT_SIZE = 4;
const OPTIONAL = 1;
/** a word that must not come next: takes no token */
const NEGATIVE = 2;
const DIGIT = 4;
const PREFIXES = 8;
const GAP = 16;

export interface Rule {
  id: number;
  channel: Channel;
  weight: number;
  /**
   * The letters after its weight (in any order): `s` subject only; `k` decisive, when it matches
   * the other job channels count for less; `a` an acknowledgement ("we have received your
   * application"), ignored next to a decisive job cue; `b` not looked for in signatures (job
   * titles there say nothing about the email). As written rather than a boolean each: the
   * matcher and the engine ship on every webmail page, and each is read in one place.
   */
  flags: string;
  /** names the job itself ("offer", "position", "candidate", …), so it is job context too */
  jobSpecific: boolean;
  /** Its elements, by index in CompiledRules (ELEMENT_SIZE integers each): [from, to). */
  from: number;
  to: number;
  /**
   * When the second element is a plain required word list, a bit (hash & 31) set for each of its
   * words, else 0: then the next token alone decides whether the rule can match at a token, without
   * trying it, and most next words are ruled out without a lookup.
   */
  nextBits: number;
  /**
   * Word hashes of the later required elements that are small plain word lists (at most four
   * words), in CompiledRules.words [needsFrom, needsTo): a match needs one word of each after its
   * first, so a text without them cannot match. As bits of the engine's filter of the words read
   * (hash & 1023), the first of each word list plus 1024.
   */
  needsFrom: number;
  needsTo: number;
  source: string;
  /**
   * 0 for a rule that applies to every email; else bit l for LANGUAGES[l] (lang.ts), the one
   * language whose mail it applies to.
   */
  language: number;
}

export interface RuleIndex {
  /** by hash of the first element's words */
  exact: Map<number, Rule[]>;
  /** by hash of the first four characters of the first element's prefixes */
  prefix: Map<number, Rule[]>;
  digit: Rule[];
}

export interface CompiledRules extends RuleIndex {
  rules: Rule[];
  /** every rule's elements, ELEMENT_SIZE integers each */
  elements: number[];
  /** the word hashes of elements, and rules' needs */
  words: number[];
  /** an element's prefixes by its index (most have none) */
  prefixes: Map<number, string[]>;
}

function parseElement(text: string): Element {
  const negative = text.length > 1 && text.startsWith('!');
  const optional = text.length > 1 && text.endsWith('?');
  const body = text.slice(negative ? 1 : 0, optional ? -1 : undefined);
  let flags = optional ? OPTIONAL : 0;
  // (a gap is never negative: `!_2` is a gap)
  if (/^_\d+$/.test(body)) return { flags: flags | GAP, words: [], prefixes: [], gap: Number(body.slice(1)) };
  if (negative) flags |= NEGATIVE;
  const words: number[] = [];
  const prefixes: string[] = [];
  for (const alt of body.split('|')) {
    if (alt === '#d') flags |= DIGIT;
    else if (alt.endsWith('*')) {
      flags |= PREFIXES;
      prefixes.push(alt.slice(0, -1));
    } else words.push(hashWord(alt));
  }
  return { flags, words, prefixes, gap: -1 };
}

/** Expands `$name` references to the word lists defined by `$name a|b|c` lines. */
function expandMacros(lines: string[]): string[] {
  const macros = new Map<string, string>();
  const out: string[] = [];
  const expand = (element: string) =>
    element.replace(/\$[a-z]+/g, (name) => {
      const value = macros.get(name);
      if (value === undefined) throw new Error(`unknown list ${name}`);
      return value;
    });
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    if (line.startsWith('$')) macros.set(line.slice(0, space), expand(line.slice(space + 1).trim()));
    else out.push(expand(line));
  }
  return out;
}

/** Words that make a phrase about employment, whatever else it says. */
const JOB_WORDS = new Set(
  'offer offers position positions role roles job jobs vacancy opening candidate candidates candidacy hire hired hiring recruit recruiting recruitment interview interviews employment stelle bewerbung angebot poste candidature embauche puesto candidatura vaga proposta functie sollicitatie vacature'
    .split(' ')
    .map((w) => hashWord(w)),
);

/**
 * Compiles rules, each applying to mail of `language` (a bit, see Rule.language; 0: every email),
 * into a new index or appended to `into` (ids go on from the rules already there).
 */
export function compileRules(source: string, language = 0, into?: CompiledRules): CompiledRules {
  const compiled: CompiledRules = into ?? {
    rules: [],
    exact: new Map(),
    prefix: new Map(),
    digit: [],
    elements: [],
    words: [],
    prefixes: new Map(),
  };
  const { rules, words } = compiled;
  const add = (map: Map<number, Rule[]>, key: number, rule: Rule) => {
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  };
  for (const line of expandMacros(source.split('\n'))) {
    const space = line.indexOf(' ');
    const head = /^([orixj])(-?[\d.]+)([skabw]*)$/.exec(line.slice(0, space));
    const elements = line
      .slice(space + 1)
      .trim()
      .split(/\s+/)
      .map(parseElement);
    const first = elements[0];
    // A rule has a head, starts with a word and indexes prefixes of four letters or more.
    if (
      !head ||
      !first ||
      first.flags & (GAP | OPTIONAL | NEGATIVE) ||
      first.prefixes.some((p) => p.length < 4) ||
      elements.some((el) => (el.flags & (NEGATIVE | OPTIONAL)) === (NEGATIVE | OPTIONAL))
    )
      throw new Error(`bad rule: ${line}`);
    const flags = head[3] as string;
    const from = compiled.elements.length / ELEMENT_SIZE;
    for (const el of elements) {
      if (el.flags & PREFIXES) compiled.prefixes.set(compiled.elements.length / ELEMENT_SIZE, el.prefixes);
      compiled.elements.push(el.flags, words.length, words.push(...el.words), el.gap);
    }
    // (flags 0: a required list of plain words)
    const second = elements[1];
    const next = second && !second.flags ? second.words : [];
    const needsFrom = words.length;
    for (const el of elements.slice(1))
      if (!el.flags && el.words.length <= 4) words.push(...el.words.map((h, i) => (h & 1023) | (i ? 0 : 1024)));
    const rule: Rule = {
      id: rules.length,
      language,
      nextBits: next.reduce((bits, h) => bits | (1 << (h & 31)), 0),
      needsFrom,
      needsTo: words.length,
      channel: head[1] as Channel,
      from,
      to: from + elements.length,
      weight: Number(head[2]),
      flags,
      jobSpecific: elements.some((el) => !(el.flags & NEGATIVE) && el.words.some((h) => JOB_WORDS.has(h))),
      source: line,
    };
    rules.push(rule);
    for (const h of first.words) add(compiled.exact, h, rule);
    for (const p of first.prefixes) add(compiled.prefix, hashWord(p, 4), rule);
    if (first.flags & DIGIT) compiled.digit.push(rule);
  }
  return compiled;
}

/** Whether words[from, to) holds `word`. */
function holds(words: number[], from: number, to: number, word: number): boolean {
  for (let i = from; i < to; i++) if (words[i] === word) return true;
  return false;
}

/** Whether element `el` (its index in `compiled`) matches token `k`. */
function elementMatches(compiled: CompiledRules, el: number, t: Tokens, k: number): boolean {
  const { elements } = compiled;
  const at = el * ELEMENT_SIZE;
  const flags = elements[at] as number;
  if (holds(compiled.words, elements[at + 1] as number, elements[at + 2] as number, t.h[k] as number)) return true;
  if (flags & DIGIT) {
    const c = t.text.charCodeAt(t.s[k] as number);
    if (c >= 48 && c <= 57) return true;
  }
  if (flags & PREFIXES) {
    // An ASCII word is read in the text, its letters lower-cased as they are read (| 32 changes no
    // other character of an ASCII word): making its folded string (wordAt) cost a typical email
    // about 23 short strings. A folded word is read as it is.
    const word = t.w[k];
    const text = word ?? t.text;
    const from = word === undefined ? (t.s[k] as number) : 0;
    const to = word === undefined ? (t.e[k] as number) : word.length;
    for (const p of compiled.prefixes.get(el) as string[]) {
      let i = 0;
      while (i < p.length && from + i < to && (text.charCodeAt(from + i) | 32) === p.charCodeAt(i)) i++;
      if (i === p.length) return true;
    }
  }
  return false;
}

/**
 * The rules whose first element matches token `k` (exact words, prefixes, "#d"), in rule
 * order. Callers cache this per distinct word.
 */
export function candidatesFor(compiled: CompiledRules, t: Tokens, k: number): Rule[] {
  const out: Rule[] = [];
  const exact = compiled.exact.get(t.h[k] as number);
  if (exact) out.push(...exact);
  const word = wordAt(t, k);
  if (word.length >= 4) {
    const byPrefix = compiled.prefix.get(hashWord(word, 4));
    if (byPrefix) for (const rule of byPrefix) if (elementMatches(compiled, rule.from, t, k)) out.push(rule);
  }
  const c = t.text.charCodeAt(t.s[k] as number);
  if (c >= 48 && c <= 57) out.push(...compiled.digit);
  return out.length > 1 ? [...new Set(out)].sort((a, b) => a.id - b.id) : out;
}

/** Whether the word list of the element after element `from` (a rule's first) holds `word`. */
export function secondHolds(compiled: CompiledRules, from: number, word: number): boolean {
  const at = (from + 1) * ELEMENT_SIZE;
  return holds(compiled.words, compiled.elements[at + 1] as number, compiled.elements[at + 2] as number, word);
}

/**
 * End index (exclusive) of a match of elements [el, last) of `compiled` (a rule's elements are
 * [Rule.from, Rule.to)), the first of them at token `pos`, inside sentence `sentence` and before
 * token `end`; or -1.
 */
export function matchFrom(
  compiled: CompiledRules,
  el: number,
  last: number,
  pos: number,
  t: Tokens,
  sentence: number,
  end: number,
): number {
  if (el === last) return pos;
  const flags = compiled.elements[el * ELEMENT_SIZE] as number;
  if (flags & GAP) {
    const gap = compiled.elements[el * ELEMENT_SIZE + 3] as number;
    for (let g = 0; g <= gap; g++) {
      const p = pos + g;
      if (p > end) break;
      if (g > 0 && t.n[p - 1] !== sentence) break;
      const r = matchFrom(compiled, el + 1, last, p, t, sentence, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (flags & NEGATIVE)
    return pos < end && t.n[pos] === sentence && elementMatches(compiled, el, t, pos)
      ? -1
      : matchFrom(compiled, el + 1, last, pos, t, sentence, end);
  if (pos < end && t.n[pos] === sentence && elementMatches(compiled, el, t, pos)) {
    const r = matchFrom(compiled, el + 1, last, pos + 1, t, sentence, end);
    if (r >= 0) return r;
  }
  return flags & OPTIONAL ? matchFrom(compiled, el + 1, last, pos, t, sentence, end) : -1;
}
