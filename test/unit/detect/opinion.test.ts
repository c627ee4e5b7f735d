/**
 * The second opinion: the words the content script sends (features.ts) and what the worker's
 * regression makes of them (opinion.ts), for emails the phrase rules are undecided on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { shippedModelSource } from '../../../scripts/train-classifier';
import { classifyEmail } from '../../../src/core/detect';
import { analyse, classifyByRules, decide } from '../../../src/core/detect/classify';
import { type Features, opinionFeatures } from '../../../src/core/detect/features';
import { MODEL } from '../../../src/core/detect/model-data';
import {
  combine,
  modelHashes,
  SURE_UPGRADE_BELOW,
  secondOpinion,
  UPGRADE_BELOW,
  VETO_FROM,
} from '../../../src/core/detect/opinion';
import { type EmailInput, KINDS } from '../../../src/core/detect/types';
import { SECOND_OPINION_FEATURES, workerMessages } from '../../../src/core/messages';
import { MODULES, ruleTestEmails } from './cases/index';

const email = (body: string, subject = 'Hello'): EmailInput => ({ subject, from: 'Dana <dana@firm.example>', body });
const features = (e: EmailInput) => opinionFeatures(analyse(e));
const hashes = (e: EmailInput) => features(e).hashes;
const texts = (f: Features) => f.hashes.map((_, i) => f.text(i));

describe('the features the content script sends', () => {
  it('are the same for a word however it is cased or accented', () => {
    expect(hashes(email('Gespräch'))).toEqual(hashes(email('GESPRACH')));
    expect(hashes(email('Gespräch'))).not.toEqual(hashes(email('Gesprache')));
  });

  it('keep subject words apart from body words', () => {
    const [subjectWord] = hashes(email('', 'offer'));
    const [bodyWord] = hashes(email('offer', ''));
    expect(subjectWord).toBeDefined();
    expect(subjectWord).not.toBe(bodyWord);
  });

  it('read single words, and word pairs within a sentence only', () => {
    expect(texts(features(email('alpha beta', 'Gamma')))).toEqual(['gamma', 'alpha', 'alpha beta', 'beta']);
    expect(texts(features(email('alpha. beta', '')))).toEqual(['alpha', 'beta']);
    // A pair is of neighbours only.
    expect(hashes(email('alpha beta gamma'))).not.toContain(hashes(email('alpha gamma'))[2]);
  });

  it("read the sender's newest text, not the quoted history below it", () => {
    const newest = 'Sounds good, see you then.\n\nDana';
    const quoted = `${newest}\n\nOn Tue, Mar 3, 2026 at 9:14 AM Sam <sam@mail.example> wrote:\n> We are pleased to offer you the job.`;
    expect(hashes(email(quoted))).toEqual(hashes(email(newest)));
  });

  it('read the first 1,000 words of the newest text, so a huge email costs no more than its rules', () => {
    const filler = 'lorem '.repeat(1001);
    expect(hashes(email(`${filler}We are pleased to offer you the job.`))).toEqual(
      hashes(email(`${filler}Something else entirely.`)),
    );
    expect(hashes(email(`${'lorem '.repeat(990)}We are pleased to offer you the job.`))).not.toEqual(
      hashes(email(`${'lorem '.repeat(990)}Something else entirely.`)),
    );
  });

  it('stay within what the worker accepts, however long the email', () => {
    const schema = workerMessages['second-opinion'].request;
    const worst = [
      // the most words a text can hold: one letter, one space
      email('a '.repeat(600_000), 'b '.repeat(600_000)),
      email(Array.from({ length: 40_000 }, (_, i) => `w${i}`).join(' '), 'x'.repeat(100_000)),
    ];
    for (const e of worst) {
      const features = hashes(e);
      expect(features.length).toBeLessThanOrEqual(SECOND_OPINION_FEATURES);
      expect(v.safeParse(schema, { kind: 'other', features }).success).toBe(true);
    }
    expect(
      v.safeParse(schema, { kind: 'other', features: new Array(SECOND_OPINION_FEATURES + 1).fill(1) }).success,
    ).toBe(false);
  });

  it('never throw on malformed input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (subject, body) => {
        const { hashes: h } = features({ subject, body, from: '' } as unknown as EmailInput);
        expect(h.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff_ffff)).toBe(true);
      }),
    );
  });
});

describe('the regression', () => {
  it("is trained on the training part of the corpus and the rule tests' emails, and nothing else: retraining writes the same file", () => {
    const shipped = readFileSync(join(import.meta.dirname, '../../../src/core/detect/model-data.ts'), 'utf8');
    expect(shippedModelSource(), 'run: npx tsx scripts/train-classifier.ts --write').toBe(shipped);
  }, 60_000);

  it("learns from every rule test's emails: each module of test/unit/detect/cases is in the list", async () => {
    const dir = join(import.meta.dirname, 'cases');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'kind-case.ts');
    expect(files.length).toBe(MODULES.length);
    for (const file of files) {
      const module = (await import(join(dir, file))) as { GROUPS: unknown };
      expect(
        MODULES.map((m) => m.GROUPS),
        file,
      ).toContain(module.GROUPS);
    }
    expect(ruleTestEmails().length).toBeGreaterThan(1000);
  });

  it('is the model the training script writes: distinct features, a weight per feature and kind', () => {
    expect(MODEL.kinds).toEqual(KINDS);
    const features = modelHashes();
    const weights = Buffer.from(MODEL.weights, 'base64');
    expect(features.length).toBeGreaterThan(100);
    expect(weights.length).toBe(features.length * KINDS.length);
    // Ascending, so distinct; each a 32-bit hash as features.ts makes them.
    expect(features.every((hash, i) => i === 0 || hash > (features[i - 1] as number))).toBe(true);
    expect(features.every((hash) => Number.isInteger(hash) && hash >= 0 && hash <= 0xffff_ffff)).toBe(true);
    // The words of a plain refusal are among them.
    const known = new Set(features);
    expect(
      hashes(email('Unfortunately we have decided not to proceed.')).filter((h) => known.has(h)).length,
    ).toBeGreaterThan(3);
  });

  it('reads only the features it knows, each once', () => {
    const known = hashes(email('Unfortunately we have decided to go with another candidate for the role.'));
    const opinion = secondOpinion(known).probabilities;
    expect(secondOpinion([...known, ...known]).probabilities).toEqual(opinion);
    expect(secondOpinion([...known, 7, 8, 9]).probabilities).toEqual(opinion);
    expect(opinion.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(KINDS[opinion.indexOf(Math.max(...opinion))]).toBe('rejection');
  });

  it('gives finite probabilities for any list of hashes', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffff_ffff }), { maxLength: 300 }), (features) => {
        const { probabilities } = secondOpinion(features);
        expect(probabilities.every(Number.isFinite)).toBe(true);
        expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('combining it with the rules where they are undecided', () => {
  // probabilities in MODEL.kinds order: offer, rejection, interview, other
  it('turns a weak job call into "other" only when it is sure the email is not job mail', () => {
    expect(combine('offer', [0.05, 0.05, 0.05, VETO_FROM + 0.05])).toBe('other');
    expect(combine('offer', [0.1, 0.05, 0.1, VETO_FROM - 0.05])).toBe('offer');
    expect(combine('interview', [0.6, 0.1, 0.1, 0.2])).toBe('interview');
  });

  it('turns an "other" into its likeliest job kind only when "other" is unlikely', () => {
    expect(combine('other', [0.1, 0.2, 0.7 - UPGRADE_BELOW + 0.05, UPGRADE_BELOW - 0.05])).toBe('interview');
    expect(combine('other', [0.7 - UPGRADE_BELOW, 0.0, 0.0, UPGRADE_BELOW + 0.3])).toBe('other');
    // likeliest job kind, even where "other" alone is likelier than each
    expect(combine('other', [0.26, 0.25, 0.24, 0.25])).toBe('offer');
  });

  it('turns an "other" the rules are further from calling a job email into one only when "other" is very unlikely', () => {
    const p = (other: number) => [1 - other - 0.02, 0.01, 0.01, other];
    expect(combine('other', p(SURE_UPGRADE_BELOW - 0.01), { onlyIfSure: true })).toBe('offer');
    expect(combine('other', p(SURE_UPGRADE_BELOW + 0.01), { onlyIfSure: true })).toBe('other');
    // the same probabilities near the rules' threshold: the usual bar
    expect(combine('other', p(SURE_UPGRADE_BELOW + 0.01))).toBe('offer');
    // onlyIfSure only ever holds back an upgrade; a weak job call is vetoed as before
    expect(combine('offer', [0.05, 0.05, 0.05, VETO_FROM + 0.05], { onlyIfSure: true })).toBe('other');
  });

  it('asks it, with the higher bar, about a plain-words email whose job cues fall short of the threshold', () => {
    const trial: EmailInput = {
      subject: 'saturday',
      from: 'Kit Moran <kit@moranskitchen.example>',
      to: 'Sam Reid <sam.reid@mail.example>',
      body: "hiya sam, thanks for the chat and the trial on sunday. we've filled the weekend slot with someone else now. wishing you the best\n\nkit",
    };
    expect(classifyByRules(trial)).toMatchObject({ kind: 'other', undecided: true, onlyIfSure: true });
    expect(classifyEmail(trial).kind).toBe('rejection');
  });

  it('does not ask it about an "other" a strong cue against a job kind decided, however short the rest falls', () => {
    const choir: EmailInput = {
      subject: 'Auditie',
      from: 'Ilse Bakker <ilse@zangkoor-noord.example>',
      to: 'Femke de Vries <femke@mail.example>',
      body: 'Hoi Femke, gefeliciteerd! We willen je graag aannemen als sopraan in ons koor. De eerste repetitie is maandag om acht uur.',
    };
    expect(classifyByRules(choir)).toMatchObject({ kind: 'other', undecided: false, onlyIfSure: false });
    expect(classifyEmail(choir).kind).toBe('other');
  });

  it('makes an offer in plain words, which the rules are undecided on, an offer, with the words that weighed', () => {
    const offer: EmailInput = {
      subject: 'The analyst role',
      from: 'Priya Nair <priya.nair@harbourline.example>',
      to: 'Alex Kim <alex.kim@mail.example>',
      body: "Hi Alex,\n\nThe team enjoyed meeting you. We would like you on board as our junior analyst, starting 3 March at 42,000 a year. Reply to confirm and I'll send the paperwork.\n\nPriya",
    };
    expect(classifyByRules(offer)).toMatchObject({ kind: 'other', undecided: true });
    const result = classifyEmail(offer);
    expect(result.kind).toBe('offer');
    expect(result.evidence.length).toBeGreaterThan(0);
    for (const phrase of result.evidence) expect(offer.body.toLowerCase()).toContain(phrase);
  });

  it('asks it about an email no phrase of the rules spoke for or against, and takes its job kind', () => {
    const spotGone: EmailInput = {
      subject: 'roaster spot',
      from: 'Jo Marr <jo@marrcoffee.example>',
      to: 'Sam Reid <sam.reid@mail.example>',
      body: 'Hey Sam, the assistant roaster spot went to one of our café guys in the end. Sorry mate, I know you were keen on the position. Keep in touch.\n\nJo',
    };
    expect(classifyByRules(spotGone)).toMatchObject({ kind: 'other', evidence: [], undecided: true });
    expect(classifyEmail(spotGone).kind).toBe('rejection');
  });

  it('leaves an email the rules decide alone as they decide it', () => {
    const plain = email('This week in the garden: tomatoes, slugs and the best compost. Unsubscribe at any time.');
    expect(classifyByRules(plain).undecided).toBe(false);
    const { undecided: _, onlyIfSure: __, ...rules } = classifyByRules(plain);
    expect(classifyEmail(plain)).toEqual(rules);
  });
});

describe('checking the rules where they decided by a small margin on a long email', () => {
  // probabilities in MODEL.kinds order: offer, rejection, interview, other
  it('overrules their kind only when its log odds for another kind beat theirs by more than they ask', () => {
    const p = [0.2, 0.05, 0.05, 0.7];
    // log(0.7 / 0.2) = 1.25; "other" is below VETO_FROM, so the odds decide
    expect(combine('offer', p, { overruleAbove: 1.2 })).toBe('other');
    expect(combine('offer', p, { overruleAbove: 1.3 })).toBe('offer');
    // "other" from VETO_FROM vetoes a job kind, whatever bar the rules set
    expect(combine('offer', [0.1, 0.05, 0.05, VETO_FROM], { overruleAbove: 100 })).toBe('other');
    // between job kinds too, and towards a job kind
    expect(combine('interview', [0.02, 0.9, 0.03, 0.05], { overruleAbove: 1 })).toBe('rejection');
    expect(combine('other', [0.9, 0.02, 0.03, 0.05], { overruleAbove: 1 })).toBe('offer');
    // their kind is the likeliest: it stays, however low the bar
    expect(combine('rejection', [0.1, 0.5, 0.1, 0.3], { overruleAbove: 0 })).toBe('rejection');
  });

  const helper: EmailInput = {
    subject: 'Saturday hiring day – can you help?',
    from: 'Jonah Pereira <jonah.pereira@northgatebakes.example>',
    to: 'Alex Kim <alex.kim@mail.example>',
    body: "Alex,\n\nWe're taking on eight seasonal staff for the Christmas rush and I'm holding group interviews on Saturday from 9am in the upstairs café. Could you give me a hand? I'd like you to run the till exercise with each group and tell me afterwards who you'd trust on a busy shift. It counts as a normal paid shift, of course.\n\nLet me know by Thursday. Thanks for all the extra cover lately, it hasn't gone unnoticed.\n\nJonah",
  };

  it('asks it to check an invitation the rules read, by a small margin, in a long email, and it is overruled', () => {
    const rules = classifyByRules(helper);
    expect(rules).toMatchObject({ kind: 'interview', undecided: true, onlyIfSure: false });
    const { margin } = decide(analyse(helper));
    expect(rules.overruleAbove).toBeCloseTo(0.6 * margin);
    expect(rules.features?.hashes.length).toBeGreaterThan(40);
    // The reader is asked to help run the interviews: not an invitation for them.
    expect(classifyEmail(helper).kind).toBe('other');
  });

  it('in a short email, where the regression reads too few words to weigh odds, lets it only veto a small margin', () => {
    const short = {
      ...helper,
      body: "Alex, I'm holding group interviews on Saturday from 9am. Could you give me a hand? Jonah",
    };
    const rules = classifyByRules(short);
    expect(rules).toMatchObject({ kind: 'interview', undecided: true, overruleAbove: undefined });
    expect(decide(analyse(short)).margin).toBeLessThan(6);
    // The reader is asked to help, and the regression is sure of it: "other" from VETO_FROM.
    const features = rules.features as Features;
    expect(secondOpinion(features.hashes).probabilities[KINDS.indexOf('other')]).toBeGreaterThanOrEqual(VETO_FROM);
    expect(classifyEmail(short).kind).toBe('other');
  });

  it('leaves a short job email the regression does not veto to the rules, though it asks', () => {
    const invitation = {
      ...helper,
      subject: 'Interview',
      body: "Alex, we'd like to see you for an interview on Saturday at 9am. Jonah",
    };
    const rules = classifyByRules(invitation);
    expect(rules).toMatchObject({ kind: 'interview', undecided: true, overruleAbove: undefined });
    expect(classifyEmail(invitation).kind).toBe('interview');
  });

  it('does not ask about a kind the rules decided by a wide margin, however long the email', () => {
    const offer: EmailInput = {
      subject: 'Offer of employment – Warehouse Supervisor',
      from: 'Lena Ortiz <lena.ortiz@coldharbour.example>',
      body: `Dear Alex,\n\nI am delighted to offer you the position of Warehouse Supervisor at Coldharbour Logistics, starting on 5 January at a salary of 38,500 a year. Your offer letter and contract are attached; please sign and return them by Friday.\n\n${'We look forward to welcoming you to the team and will share the details of your first week soon. '.repeat(3)}\n\nLena Ortiz\nPeople Team`,
    };
    const { margin } = decide(analyse(offer));
    expect(margin).toBeGreaterThan(6);
    expect(classifyByRules(offer)).toMatchObject({ kind: 'offer', undecided: false, overruleAbove: undefined });
  });
});
