/**
 * A small phrase matcher over folded word tokens. Rules are written one a line as
 * `<channel><weight>[s] <pattern>`, e.g. `o4 offer you _3 position|role|job`:
 *   - channel: o offer, r rejection, i interview, x "not a job email for the reader", j job context;
 *   - `s` after the weight: the rule only counts in the subject; `k`: decisive, the other job
 *     channels count for less when it matches ("we have to rescind the offer");
 *   - pattern elements, space separated: `a|b|c` alternatives, `word*` a prefix, `#d` a token that
 *     starts with a digit, `_N` up to N arbitrary tokens, a trailing `?` makes an element optional.
 * Matching indexes rules by their first element, so the work per token is two map look-ups plus
 * the few rules that start with that word; phrases never cross a sentence boundary.
 */
import type { Tokens } from './tokens';

export type Channel = 'o' | 'r' | 'i' | 'x' | 'j';

interface Element {
  /** exact words */
  words: Set<string> | null;
  /** prefixes */
  prefixes: string[] | null;
  digit: boolean;
  /** gap: 0..gap arbitrary tokens; other fields unused */
  gap: number;
  optional: boolean;
}

export interface Rule {
  id: number;
  channel: Channel;
  weight: number;
  subjectOnly: boolean;
  /** decisive: when it matches, the other job channels count for less */
  decisive: boolean;
  elements: Element[];
  source: string;
}

export interface CompiledRules {
  rules: Rule[];
  exact: Map<string, Rule[]>;
  prefix: Map<string, Rule[]>;
  digit: Rule[];
}

function parseElement(text: string): Element {
  const optional = text.length > 1 && text.endsWith('?');
  const body = optional ? text.slice(0, -1) : text;
  if (/^_\d+$/.test(body)) return { words: null, prefixes: null, digit: false, gap: Number(body.slice(1)), optional };
  const words = new Set<string>();
  const prefixes: string[] = [];
  let digit = false;
  for (const alt of body.split('|')) {
    if (alt === '#d') digit = true;
    else if (alt.endsWith('*')) prefixes.push(alt.slice(0, -1));
    else words.add(alt);
  }
  return { words: words.size ? words : null, prefixes: prefixes.length ? prefixes : null, digit, gap: -1, optional };
}

export function compileRules(source: string): CompiledRules {
  const rules: Rule[] = [];
  const exact = new Map<string, Rule[]>();
  const prefix = new Map<string, Rule[]>();
  const digit: Rule[] = [];
  const add = (map: Map<string, Rule[]>, key: string, rule: Rule) => {
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const space = line.indexOf(' ');
    const head = /^([orixj])(-?[\d.]+)([sk]*)$/.exec(line.slice(0, space));
    if (!head) throw new Error(`bad rule: ${line}`);
    const elements = line
      .slice(space + 1)
      .trim()
      .split(/\s+/)
      .map(parseElement);
    const first = elements[0];
    if (!first || first.gap >= 0 || first.optional) throw new Error(`rule must start with a word: ${line}`);
    const rule: Rule = {
      id: rules.length,
      channel: head[1] as Channel,
      weight: Number(head[2]),
      subjectOnly: (head[3] ?? '').includes('s'),
      decisive: (head[3] ?? '').includes('k'),
      elements,
      source: line,
    };
    rules.push(rule);
    for (const w of first.words ?? []) add(exact, w, rule);
    for (const p of first.prefixes ?? []) {
      if (p.length < 4) throw new Error(`prefix too short to start a rule: ${line}`);
      add(prefix, p.slice(0, 4), rule);
    }
    if (first.digit) digit.push(rule);
  }
  return { rules, exact, prefix, digit };
}

function elementMatches(el: Element, word: string): boolean {
  if (el.words?.has(word)) return true;
  if (el.digit) {
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  if (el.prefixes) for (const p of el.prefixes) if (word.startsWith(p)) return true;
  return false;
}

/** End index (exclusive) of a match of elements[ei…] starting at token `pos`, or -1. */
function matchFrom(rule: Rule, ei: number, pos: number, t: Tokens, sentence: number, end: number): number {
  if (ei === rule.elements.length) return pos;
  const el = rule.elements[ei] as Element;
  if (el.gap >= 0) {
    for (let g = 0; g <= el.gap; g++) {
      const p = pos + g;
      if (p > end) break;
      if (g > 0 && t.n[p - 1] !== sentence) break;
      const r = matchFrom(rule, ei + 1, p, t, sentence, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (pos < end && t.n[pos] === sentence && elementMatches(el, t.w[pos] as string)) {
    const r = matchFrom(rule, ei + 1, pos + 1, t, sentence, end);
    if (r >= 0) return r;
  }
  return el.optional ? matchFrom(rule, ei + 1, pos, t, sentence, end) : -1;
}

export interface Hit {
  rule: Rule;
  /** token span */
  from: number;
  to: number;
}

/** Calls `onHit` for every match of every rule starting at a token in [from, to). */
export function matchRules(
  compiled: CompiledRules,
  t: Tokens,
  from: number,
  to: number,
  onHit: (hit: Hit) => void,
): void {
  for (let p = from; p < to; p++) {
    const w = t.w[p] as string;
    const sentence = t.n[p] as number;
    const lists: (Rule[] | undefined)[] = [compiled.exact.get(w)];
    if (w.length >= 4) lists.push(compiled.prefix.get(w.slice(0, 4)));
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 && compiled.digit.length) lists.push(compiled.digit);
    for (const list of lists) {
      if (!list) continue;
      for (const rule of list) {
        if (!elementMatches(rule.elements[0] as Element, w)) continue;
        const end = matchFrom(rule, 1, p + 1, t, sentence, to);
        if (end >= 0) onHit({ rule, from: p, to: end });
      }
    }
  }
}
