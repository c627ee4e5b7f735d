/**
 * Detection as the content script runs it: the classifier's engine (engine.ts, with the rules of
 * rules.ts that apply to every email) is loaded with import() when the first email is read, and a
 * language's rules (rules-<code>.ts) the first time mail in that language comes (loader.ts). The
 * results are the rules' part of classifyEmail (classify.ts, which holds every language's rules):
 * for an email they are undecided on, the caller asks the worker for the second opinion with the
 * features the result carries (features.ts; the model is not loaded here).
 *
 * There is no cheaper test first: a gate on job words ("offer", "team", "pay", …) let through 376
 * of the corpus's 386 non-job emails, so it almost never spared the load, and it cost 0.8 KB gzip
 * of the 25 KB every webmail page may load.
 */
import type { EmailInput, RulesClassification } from './types';

type Classify = (email: EmailInput) => RulesClassification;
type Loader = typeof import('./loader');

let loader: Loader | null = null;
let loaderLoad: Promise<Loader> | null = null;
/** Emails classifyNow answered null for, for loadClassifier to load what they need. */
let deferred: EmailInput[] = [];

function load(): Promise<Loader> {
  loaderLoad ??= import('./loader').then((module) => {
    loader = module;
    return module;
  });
  return loaderLoad;
}

/**
 * Classifies synchronously when it can: the classifier's result once the engine and the rules the
 * email needs are loaded; null while they are not (their load is then started). The content
 * script uses this to put the control on screen in the same frame it read the email.
 */
export function classifyNow(email: EmailInput): RulesClassification | null {
  const result = loader?.classify(email);
  if (result !== undefined && typeof result !== 'string') return result;
  deferred.push(email);
  if (deferred.length > 8) deferred.shift();
  // (result is undefined until the engine is loaded; then it names the rules the email needs)
  void (result === undefined ? load() : loader?.load(result))?.catch(() => undefined);
  return null;
}

/** Classifies like classifyEmail, loading the engine and the rules the email needs first. */
export async function classifyLazily(email: EmailInput): Promise<RulesClassification> {
  return (await load()).classifyLoading(email);
}

/**
 * Loads the engine and the rules that the emails classifyNow answered null for need; resolves to
 * a synchronous classifier. (classifyLazily does the same for one email.) The classifier
 * classifies an email whose rules are still not loaded with the rules that are: await
 * classifyLazily for such an email instead.
 */
export async function loadClassifier(): Promise<Classify> {
  const loaded = await load();
  const waiting = deferred;
  deferred = [];
  await Promise.all(waiting.map(loaded.classifyLoading));
  return (email) => classifyNow(email) ?? loaded.classifyLoaded(email);
}
