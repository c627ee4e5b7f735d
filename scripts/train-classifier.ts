/**
 * The comparison of approaches for the classifier (issue 3), and the training of the one model
 * that ships. Trains word-feature models on the TRAINING part of the corpus only and measures:
 *   (a) rules: the phrase rules of src/core/detect alone,
 *   (b) naive Bayes and logistic regression over word uni/bigrams with a feature cap, settings
 *       picked by 5-fold cross-validation on the training part,
 *   (c) the rules with the logistic regression deciding where the rules are undecided (within
 *       UNDECIDED_BAND of their threshold, or an "other" within DOUBT_BAND below it with a higher
 *       bar, engine.ts), checking them on long mail they decided by less than CHECK_BAND, and
 *       vetoing a job kind they gave by less than VETO_BAND: what ships (src/core/detect/opinion.ts).
 *
 * The shipped model's settings (SHIPPED, and the band and combination in engine.ts and opinion.ts)
 * are not picked by cross-validation on the training part: the rules are fitted to that part, so
 * there they are rarely undecided and wrong, and every setting looks alike. They were picked on the
 * dev part among those tried (caps 300–3,000; bands 0.5–3; outright, one-way and both-way
 * combinations), and checked on test sets by writers whose mail was never used for training or
 * rules (kept outside the repository; pass their files to measure them too).
 *
 * The shipped model is trained on the training part and on the emails of the rule tests
 * (test/unit/detect/cases/): short emails the team wrote to pin the rules' phrases and their
 * look-alikes, part of the training material like the training part, never the dev part. Without
 * them a model big enough to read unseen writers' mail well gets a few of those one-liners wrong
 * (4 of 1,200 with 20,000 features), because the corpus has few emails that short.
 *
 * Usage: npx tsx scripts/train-classifier.ts [more.jsonl …]          (compare; prints figures)
 *        npx tsx scripts/train-classifier.ts --write [more.jsonl …]  (also writes src/core/detect/model-data.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { analyse, decide } from '../src/core/detect/classify';
import { opinionFeatures } from '../src/core/detect/features';
import { combine } from '../src/core/detect/opinion';
import { type EmailInput, type EmailKind, KINDS } from '../src/core/detect/types';
import { loadCorpus } from '../test/fixtures/corpus/check.mjs';
import { ruleTestEmails } from '../test/unit/detect/cases/index';

const K = KINDS.length;

interface Labelled extends EmailInput {
  id: string;
  expect: { kind: EmailKind };
  note?: string;
}

interface Doc {
  email: Labelled;
  y: number;
  f: Set<string>;
  rules: ReturnType<typeof decide>;
}

function toDoc(email: Labelled): Doc {
  const analysis = analyse(email);
  // The second opinion's features (src/core/detect/features.ts), as strings for the maps below.
  const f = new Set(opinionFeatures(analysis).hashes.map(String));
  return { email, y: KINDS.indexOf(email.expect.kind), f, rules: decide(analysis) };
}

function prepare(split: string): Doc[] {
  return (loadCorpus(split) as Labelled[]).map(toDoc);
}

/** The training material of the shipped model: the training part (prepared) and the rule tests' emails. */
function withRuleTests(train: Doc[]): Doc[] {
  const ruleTests = ruleTestEmails().map(({ name, kind, email }) => toDoc({ ...email, id: name, expect: { kind } }));
  return [...train, ...ruleTests];
}

function prepareFile(path: string): Doc[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => toDoc(JSON.parse(line) as Labelled));
}

// ---------------------------------------------------------------- feature selection

function selectFeatures(docs: Doc[], cap: number): string[] {
  const df = new Map<string, number[]>();
  const classCount = new Array(K).fill(0);
  for (const d of docs) {
    classCount[d.y]++;
    for (const f of d.f) {
      let c = df.get(f);
      if (!c) {
        c = new Array(K).fill(0);
        df.set(f, c);
      }
      c[d.y] = (c[d.y] ?? 0) + 1;
    }
  }
  const n = docs.length;
  const scored: [string, number][] = [];
  for (const [f, c] of df) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < 2) continue;
    // chi-square of feature presence against each class; keep the best class's
    let best = 0;
    for (let k = 0; k < K; k++) {
      const a = c[k] ?? 0;
      const b = total - a;
      const cc = (classCount[k] ?? 0) - a;
      const d = n - total - cc;
      const num = n * (a * d - b * cc) ** 2;
      const den = (a + cc) * (b + d) * (a + b) * (cc + d);
      if (den > 0) best = Math.max(best, num / den);
    }
    scored.push([f, best]);
  }
  scored.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return scored.slice(0, cap).map(([f]) => f);
}

// ---------------------------------------------------------------- models (linear over present features)

interface Linear {
  vocabulary: string[];
  /** vocabulary.length × K */
  w: Float64Array;
  bias: number[];
}

function trainNB(docs: Doc[], vocabulary: string[], alpha: number): Linear {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const V = vocabulary.length;
  const counts = new Float64Array(V * K);
  const totals = new Array(K).fill(0);
  const prior = new Array(K).fill(0);
  for (const d of docs) {
    prior[d.y]++;
    for (const f of d.f) {
      const i = index.get(f);
      if (i === undefined) continue;
      counts[i * K + d.y] = counts[i * K + d.y]! + 1;
      totals[d.y]++;
    }
  }
  const w = new Float64Array(V * K);
  for (let i = 0; i < V; i++)
    for (let k = 0; k < K; k++) w[i * K + k] = Math.log((counts[i * K + k]! + alpha) / (totals[k] + alpha * V));
  // Centre per feature so that only differences between classes remain (the softmax is unchanged
  // for a document's present features only up to a per-document constant, which we accept: NB is
  // used for its argmax).
  for (let i = 0; i < V; i++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += w[i * K + k]! / K;
    for (let k = 0; k < K; k++) w[i * K + k] = w[i * K + k]! - mean;
  }
  return { vocabulary, w, bias: prior.map((p) => Math.log(p / docs.length)) };
}

function trainLR(docs: Doc[], vocabulary: string[], lambda: number, epochs = 400): Linear {
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const V = vocabulary.length;
  const rows = docs.map((d) => [...d.f].map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(V * K);
  const bias = new Array(K).fill(0);
  // Adam, full batch
  const m = new Float64Array(V * K);
  const v = new Float64Array(V * K);
  const mb = new Array(K).fill(0);
  const vb = new Array(K).fill(0);
  const lr = 0.05;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const g = new Float64Array(V * K);
    const gb = new Array(K).fill(0);
    rows.forEach((row, r) => {
      const z = bias.slice();
      for (const i of row) for (let k = 0; k < K; k++) z[k] += w[i * K + k];
      const max = Math.max(...z);
      const e = z.map((x) => Math.exp(x - max));
      const s = e.reduce((a, b) => a + b, 0);
      for (let k = 0; k < K; k++) {
        const diff = e[k]! / s - (docs[r]?.y === k ? 1 : 0);
        gb[k] += diff / rows.length;
        for (const i of row) g[i * K + k] = g[i * K + k]! + diff / rows.length;
      }
    });
    for (let j = 0; j < V * K; j++) g[j] = g[j]! + lambda * w[j]!;
    const c1 = 1 - 0.9 ** epoch;
    const c2 = 1 - 0.999 ** epoch;
    for (let j = 0; j < V * K; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
      w[j] = w[j]! - (lr * (m[j]! / c1)) / (Math.sqrt(v[j]! / c2) + 1e-8);
    }
    for (let k = 0; k < K; k++) {
      mb[k] = 0.9 * mb[k] + 0.1 * gb[k];
      vb[k] = 0.999 * vb[k] + 0.001 * gb[k] * gb[k];
      bias[k] -= (lr * (mb[k] / c1)) / (Math.sqrt(vb[k] / c2) + 1e-8);
    }
  }
  return { vocabulary, w, bias };
}

function predict(model: Linear, f: Set<string>, index: Map<string, number>): number[] {
  const z = model.bias.slice();
  for (const feat of f) {
    const i = index.get(feat);
    if (i === undefined) continue;
    for (let k = 0; k < K; k++) z[k] = z[k]! + model.w[i * K + k]!;
  }
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}

const argmax = (p: number[]) => p.reduce((b, x, i) => (x > (p[b] ?? -1) ? i : b), 0);

// ---------------------------------------------------------------- metrics

interface Metrics {
  macroF1: number;
  f1: number[];
  otherToJob: number;
  otherCount: number;
  matrix: number[][];
}

function metrics(y: number[], pred: number[]): Metrics {
  const matrix = KINDS.map(() => new Array(K).fill(0));
  y.forEach((t, i) => {
    const row = matrix[t] as number[];
    row[pred[i] as number] = (row[pred[i] as number] ?? 0) + 1;
  });
  const f1 = KINDS.map((_, k) => {
    const tp = matrix[k]?.[k] ?? 0;
    const fp = matrix.reduce((s, row, a) => s + (a !== k ? (row[k] ?? 0) : 0), 0);
    const fn = (matrix[k] ?? []).reduce((s, v, b) => s + (b !== k ? v : 0), 0);
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    return (2 * p * r) / (p + r || 1);
  });
  const other = matrix[3] as number[];
  const otherCount = other.reduce((a, b) => a + b, 0);
  return {
    macroF1: f1.reduce((a, b) => a + b, 0) / K,
    f1,
    otherToJob: otherCount - (other[3] ?? 0),
    otherCount,
    matrix,
  };
}

// ---------------------------------------------------------------- combinations

type Combiner = (d: Doc, p: number[]) => number;

/** The regression decides outright within `band` of the rules' threshold. */
function tieBreak(band: number): Combiner {
  return (d, p) => (Math.abs(d.rules.margin) < band ? argmax(p) : KINDS.indexOf(d.rules.kind));
}

/** What ships: where the rules are undecided (decide), opinion.ts's combine decides, with its higher bar below the band. */
const shippedCombiner: Combiner = (d, p) =>
  KINDS.indexOf(d.rules.undecided ? combine(d.rules.kind, p, d.rules) : d.rules.kind);

// ---------------------------------------------------------------- cross-validation on train

function folds<T>(items: T[], n: number): T[][] {
  const out: T[][] = Array.from({ length: n }, () => []);
  items.forEach((item, i) => {
    out[i % n]?.push(item);
  });
  return out;
}

type Trainer = (docs: Doc[]) => Linear;

function crossValidate(train: Doc[], trainer: Trainer, combine?: Combiner): Metrics {
  const parts = folds(train, 5);
  const y: number[] = [];
  const pred: number[] = [];
  parts.forEach((held, i) => {
    const rest = parts.filter((_, j) => j !== i).flat();
    const model = trainer(rest);
    const index = new Map(model.vocabulary.map((f, j) => [f, j]));
    for (const d of held) {
      const p = predict(model, d.f, index);
      y.push(d.y);
      pred.push(combine ? combine(d, p) : argmax(p));
    }
  });
  return metrics(y, pred);
}

function evaluate(dev: Doc[], model: Linear | null, combine?: Combiner): Metrics {
  const index = model ? new Map(model.vocabulary.map((f, j) => [f, j])) : new Map();
  return metrics(
    dev.map((d) => d.y),
    dev.map((d) => {
      if (!model) return KINDS.indexOf(d.rules.kind);
      const p = predict(model, d.f, index);
      return combine ? combine(d, p) : argmax(p);
    }),
  );
}

const fmt = (m: Metrics) =>
  `macro-F1 ${m.macroF1.toFixed(3)}  F1 offer ${m.f1[0]?.toFixed(3)} rejection ${m.f1[1]?.toFixed(3)} interview ${m.f1[2]?.toFixed(3)} other ${m.f1[3]?.toFixed(3)}  other→job ${m.otherToJob}/${m.otherCount} (${((100 * m.otherToJob) / m.otherCount).toFixed(1)}%)`;

// ---------------------------------------------------------------- the shipped model

/**
 * Features kept, L2 weight, training epochs of the model opinion.ts uses (see the header). The cap
 * went from 1,000 to 1,500 with opinion.ts's bars: on the 18 breadth sets za–zr, each left out of
 * the regression's training in turn, errors 129 -> 117 and other->job 24 -> 21 of 890 (8 sets
 * better, 1 worse by one email). 3,000 got emails of the rule tests wrong at every bar tried, and
 * 2,000 did no better than 1,500. With the 24 sets za–zx: 1,500, 2,000 and 3,000 made 221, 215 and
 * 216 errors of 2,880 at the bars of the time, and 2,000 and 3,000 got 1 and 3 rule-test emails wrong.
 * With the rule tests' emails in the training material (see the header) that limit went. Measured
 * at the same bars on writers' sets (120 emails each) kept outside the repository, errors /
 * other->job on 11 sets read while writing rules (1,320 emails) and 5 never read (600):
 *   cap 1,500 (before)                        77 / 14 and 52 / 12
 *   20,000, training part alone               66 / 9 and 38 / 8, but 4 rule-test emails wrong (3 hard negatives)
 *   12,000 with the rule tests                65 / 10 and 40 / 10
 *   20,000 with the rule tests                61 / 10 and 38 / 9
 *   every word or pair seen twice (65,343)    63 / 10 and 36 / 8, at three times the size
 * The 11 read sets then joined the training part (breadth-v3 … breadth-v17). On the 5 unread, with
 * the rule tests: 20,000 features 31 / 7 and 25,000 31 / 6, each with one rule-test email wrong;
 * 30,000 31 / 7 and none wrong. Four more sets, written for training (breadth-v23 … breadth-v26:
 * portals, short chatty mail, trades, hard negatives), then joined too; measured first, the model
 * without them made 57 / 12 errors on their 480 emails, the model of 1,500 features 66 / 14. With
 * them, at 30,000 (shipped): 30 / 7 on the 5 unread sets, no rule-test email wrong, dev 2 / 0.
 * The bars were swept again with the 20,000 model on the 1,320 before they joined: the best found
 * there changed nothing on the 600.
 * Session 19: four more training sets (breadth-v27 … v30: short casual mail, hiring platforms and
 * agencies, non-English formal mail, hard negatives) joined; on three new writers' sets never read
 * (360 emails) errors / other->job went 18 / 10 -> 15 / 9 at 30,000 features (40,000: 17 / 10).
 * Then four more (breadth-v31 … v34: hiring systems' status mail that decides nothing, public-service
 * letters, short personal mail, non-English mail): 15 / 9 -> 13 / 8 at 30,000 (40,000: 13 / 7).
 * Then three more (breadth-v35 … v37: casual English of many countries, non-English hiring-system
 * mail, casual non-English mail): 13 / 8 -> 12 / 7.
 * Session 20 (with engine.ts's VETO_BAND): seven more (breadth-v38 … v44: casual non-English mail in
 * four briefs, formal public-service letters, indirect English job mail, corporate mail whose others
 * are the same employers' mail to staff). On two new unread sets, casual non-English mail (u4) and
 * corporate mail (u5), 120 each: 19 / 1 and 8 / 6 before, 17 / 1 and 8 / 6 with v38 … v40,
 * 15 / 1 and 7 / 6 with v41 … v43 too, and the same with v44. Measured first, the sets themselves
 * had 33, 40, 21 and 32 of 120 wrong (casual non-English: v38, v41, v42, v43), 6 (public service),
 * 4 (indirect English) and 6 (corporate, 5 of 70 others called job emails).
 * Session 21: one more (breadth-v46: others that speak of interviews, tests and decisions next to
 * look-alike job mail; measured first, 12 of 120 wrong, 10 of 70 others called job emails). On the
 * five unread sets u1 … u5 (600 emails): 33 / 13 -> 32 / 12 (u3 6 / 2 -> 5 / 1; the others and dev
 * unchanged). A set of casual non-English mail from tiny employers (v45, 30 of 120 wrong when
 * measured first) stayed out: joined alone it made the unread sets 34 / 13, and with v46 31 / 12,
 * but with it a rule-test look-alike (Dutch 'je mag morgen al beginnen met schilderen als …') read
 * as an offer at every cap tried (25,000, 30,000, 36,000, 40,000) and with the rule tests counted
 * twice (which made the unread sets 35 / 13).
 */
const SHIPPED = { cap: 30_000, lambda: 0.001, epochs: 400 };

/**
 * model-data.ts: the kept features' hashes and their weights as signed bytes, in base64. A feature
 * whose weights all round to 0 is left out: it would change no score. The hashes are sorted and
 * written as the gaps between them, 7 bits to a byte with the high bit for "more follows"
 * (opinion.ts reads them back): random 32-bit numbers do not compress, but the gaps between 27,000
 * of them take about 2.6 bytes each instead of 4 (the worker: 187 -> 162 KB gzip).
 */
function modelSource(model: Linear): string {
  // A loop, not Math.max(...): spread over tens of thousands of weights overflows the stack.
  const scale = model.w.reduce((max, w) => Math.max(max, Math.abs(w)), 0) / 127;
  const rounded = Int8Array.from(model.w, (w) => Math.round(w / scale));
  const kept = model.vocabulary
    .flatMap((_, i) => (rounded.subarray(i * K, i * K + K).some((w) => w !== 0) ? [i] : []))
    .sort((i, j) => Number(model.vocabulary[i]) - Number(model.vocabulary[j]));
  const gaps: number[] = [];
  let previous = 0;
  for (const i of kept) {
    const hash = Number(model.vocabulary[i]);
    for (let gap = hash - previous; ; gap = Math.floor(gap / 128)) {
      if (gap < 128) {
        gaps.push(gap);
        break;
      }
      gaps.push((gap % 128) | 128);
    }
    previous = hash;
  }
  const weights = Int8Array.from(
    { length: kept.length * K },
    (_, j) => rounded[(kept[Math.floor(j / K)] as number) * K + (j % K)] as number,
  );
  const base64 = (bytes: Uint8Array) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return `/**
 * The second opinion's model (opinion.ts): ${kept.length} feature hashes (features.ts), in ascending order
 * as the gaps between them (7 bits a byte, the high bit set when more follow), and their weights for
 * ${KINDS.join(', ')} in the same order (signed bytes times \`scale\`). Written by
 * \`npx tsx scripts/train-classifier.ts --write\` from the training part of the corpus and the rule tests'
 * emails; do not edit.
 */
export const MODEL = {
  kinds: [${KINDS.map((k) => `'${k}'`).join(', ')}] as const,
  features:
    '${base64(Uint8Array.from(gaps))}',
  weights:
    '${base64(new Uint8Array(weights.buffer))}',
  scale: ${Number(scale.toPrecision(6))},
  bias: [${model.bias.map((b) => Number(b.toFixed(4))).join(', ')}],
};
`;
}

/** The model opinion.ts ships, from the prepared training part and the rule tests' emails. */
function trainShipped(train: Doc[]): Linear {
  const training = withRuleTests(train);
  return trainLR(training, selectFeatures(training, SHIPPED.cap), SHIPPED.lambda, SHIPPED.epochs);
}

/** What --write writes (a test checks the file). */
export function shippedModelSource(): string {
  return modelSource(trainShipped(prepare('train')));
}

// ---------------------------------------------------------------- main

function main(): void {
  const train = prepare('train');
  const dev = prepare('dev');
  console.log(`train ${train.length} emails, dev ${dev.length} emails`);

  const caps = [300, 1000, 3000];
  let bestNB = { score: -1, cap: 0, alpha: 0 };
  for (const cap of caps)
    for (const alpha of [0.1, 0.3, 1]) {
      const m = crossValidate(train, (docs) => trainNB(docs, selectFeatures(docs, cap), alpha));
      if (m.macroF1 > bestNB.score) bestNB = { score: m.macroF1, cap, alpha };
    }
  let bestLR = { score: -1, cap: 0, lambda: 0 };
  for (const cap of caps)
    for (const lambda of [0.001, 0.01]) {
      const m = crossValidate(train, (docs) => trainLR(docs, selectFeatures(docs, cap), lambda, 200));
      if (m.macroF1 > bestLR.score) bestLR = { score: m.macroF1, cap, lambda };
    }
  console.log(
    `CV on train: NB best cap ${bestNB.cap} alpha ${bestNB.alpha} (macro-F1 ${bestNB.score.toFixed(3)}); LR best cap ${bestLR.cap} lambda ${bestLR.lambda} (macro-F1 ${bestLR.score.toFixed(3)})`,
  );

  const nb = trainNB(train, selectFeatures(train, bestNB.cap), bestNB.alpha);
  const lr = trainLR(train, selectFeatures(train, bestLR.cap), bestLR.lambda);
  const shipped = trainShipped(train);
  const approaches: [string, Linear | null, Combiner | undefined][] = [
    ['(a) rules alone', null, undefined],
    [`(b1) naive Bayes, ${bestNB.cap} features`, nb, undefined],
    [`(b2) logistic regression, ${bestLR.cap} features`, lr, undefined],
    [`(c) rules + LR ${SHIPPED.cap} where undecided, checked or vetoing (shipped)`, shipped, shippedCombiner],
    [`(d) rules, LR ${SHIPPED.cap} outright within 2 (not shipped)`, shipped, tieBreak(2)],
  ];
  // More labelled files to measure on (test sets outside the repository), from the command line.
  const others = process.argv.filter((arg) => arg.endsWith('.jsonl'));
  const sets: [string, Doc[]][] = [
    ['Dev part', dev],
    ...others.map((file): [string, Doc[]] => [file, prepareFile(file)]),
  ];
  for (const [title, docs] of sets) {
    console.log(`\n${title}:`);
    for (const [name, model, combine] of approaches)
      console.log(`${name.padEnd(52)} ${fmt(evaluate(docs, model, combine))}`);
  }
  for (const [name, model, combine] of approaches.slice(0, 4)) {
    console.log(`\nDev, ${name}: rows expected, columns predicted (${KINDS.join(', ')})`);
    evaluate(dev, model, combine).matrix.forEach((row, k) => {
      console.log(`  ${(KINDS[k] as string).padEnd(10)} ${row.map((v) => String(v).padStart(4)).join('')}`);
    });
  }
  if (process.argv.includes('--write')) {
    const target = new URL('../src/core/detect/model-data.ts', import.meta.url);
    writeFileSync(target, modelSource(shipped));
    console.log(`\nwrote ${target.pathname}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
