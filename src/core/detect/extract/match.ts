/** Comparing names with the sender's domain: "northgate-rmc" ~ "Northgate Regional Medical Center". */
import { ATS, CALENDAR, FREEMAIL, MACHINE } from './lexicon';
import { fold, type Prepared } from './prepare';

export function squash(s: string, german = false): string {
  let t = s.toLowerCase();
  if (german) t = t.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  // ASCII needs no folding (the fast path); what folding leaves outside a-z0-9 goes anyway.
  return (/^[\x20-\x7e]*$/.test(t) ? t : fold(t)).replace(/&/g, 'and').replace(/[^a-z0-9]/g, '');
}

/** The squashed words of a name: "Saltmarsh Bio-Sciences" → ["saltmarsh", "bio", "sciences"]. */
export function nameWords(s: string, german = false): string[] {
  return s
    .split(/[\s/&-]+/)
    .map((w) => squash(w, german))
    .filter(Boolean);
}

// Per-email cache of domainSim (names recur across sources); cleared for every email.
const simCache = new Map<string, number>();

export function clearSimCache(): void {
  simCache.clear();
}

/**
 * How much of the domain key the name's words spell, in order, each word contributing
 * a prefix: "northgate-rmc" ~ "Northgate Regional Medical Center" → 1. No key (nor one shorter
 * than three letters) gives 0: callers ask without checking for one.
 */
export function domainSim(name: string, key: string): number {
  const id = `${key}\u0000${name}`;
  const hit = simCache.get(id);
  if (hit !== undefined) return hit;
  const v = computeSim(name, key);
  if (simCache.size > 2000) simCache.clear();
  simCache.set(id, v);
  return v;
}

function computeSim(name: string, key: string): number {
  const k = key.replace(/[^a-z0-9]/g, '').slice(0, 40);
  if (k.length < 3) return 0;
  let best = 0;
  for (const german of [false, true]) {
    const ws = nameWords(name, german).slice(0, 12);
    if (!ws.length) continue;
    const flat = ws.join('');
    if (flat === k) return 1;
    // memo[i * 13 + j]: most characters of k[i..] spelt by words j.., each word giving a prefix.
    const memo = new Int16Array((k.length + 1) * 13).fill(-1);
    const f = (i: number, j: number): number => {
      if (i >= k.length || j >= ws.length) return 0;
      const id = i * 13 + j;
      const hit = memo[id] ?? -1;
      if (hit >= 0) return hit;
      let r = Math.max(f(i, j + 1), f(i + 1, j));
      const w = ws[j] ?? '';
      let l = 0;
      while (l < w.length && i + l < k.length && w[l] === k[i + l]) l++;
      if (l > 0) r = Math.max(r, l + f(i + l, j + 1), 1 + f(i + 1, j + 1));
      memo[id] = r;
      return r;
    };
    let s = f(0, 0) / k.length;
    // Names much longer than the key match it less well.
    if (flat.length > k.length * 2.5) s *= 0.85;
    best = Math.max(best, s);
  }
  return best;
}

const GENERIC_LABEL =
  /^(?:wd\d*|hire|hiring|jobs|careers?|recruit\w*|talent\w*|apply|mail|email|e-mail|mailer|notifications?|notify|no-?reply|apps|portal|people|team|news|info|send|smtp|bounce|em\d*)$/;

/** The sender domain's labels up to the one that names its owner (careers.acme.example: acme). */
function ownerLabels(prep: Prepared): string[] {
  const labels = [...prep.sender.labels];
  // careers.acme.example, acme.hire.example, acme.wd.example: the generic label is not the employer,
  // nor a short one naming a region or a sector (tumutvalley.nsw.gov, harmoncreek.k12).
  while (
    labels.length > 1 &&
    (GENERIC_LABEL.test(labels.at(-1) ?? '') ||
      ((labels.at(-1) ?? '').length < 4 && !GENERIC_LABEL.test(labels.at(-2) ?? '')))
  )
    labels.pop();
  return labels;
}

/** The sender domain's label when it is an applicant-tracking system's or a job platform's ("gupy-mail"), else ''. */
export function trackingSystem(prep: Prepared): string {
  const main = ownerLabels(prep).at(-1) ?? '';
  return ATS.test(main) ? main : '';
}

/** The sender domain label naming the employer, or '' when the domain is free-mail or an ATS. */
export function domainKey(prep: Prepared): string {
  const labels = ownerLabels(prep);
  if (!labels.length || CALENDAR.test(prep.sender.display)) return '';
  const main = labels.at(-1) ?? '';
  if (FREEMAIL.test(main)) return '';
  if (ATS.test(main)) {
    // acme.recruitee.com, acme.wd5.myworkdayjobs.com, acme@myworkday.com
    const sub = labels
      .slice(0, -1)
      // A generic label, a region's or a board's names no employer.
      .filter((l) => !GENERIC_LABEL.test(l) && !/^(?:us|eu|app|boards|www)$/.test(l));
    if (sub.length) return sub[0] ?? '';
    const local = prep.sender.local;
    if (
      /^[a-z][a-z0-9-]{2,}$/.test(local) &&
      !MACHINE.test(local) &&
      !/reply|notif|jobs|careers|recruit|talent|hr|info|mail|system|team|hello|support/.test(local)
    )
      return local;
    return '';
  }
  return main;
}
