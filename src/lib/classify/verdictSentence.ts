/**
 * Which sentence states the verdict. A yttrande holds many sentences with cues (a yes in
 * the opening, a "men" in the synpunkter, a no to one part, another body's view); a reader
 * knows which of them carries the answer. A small learned model does the same: a binary
 * logistic regression over each cue-bearing sentence's shape (where it stands, its section,
 * its kinds of cue, own or reported voice, a concluding word, a part or the whole) gives the
 * probability that the sentence is one a careful reader would quote as the basis of the
 * label. It is fitted by `npm run train` on the real items' `label_basis` phrases (which
 * sentences a labeller quoted), never on their words, and stored beside the stance model.
 *
 * The stance model then sees the direction of the most verdict-like sentence and the cues
 * weighted by verdict-likeness (verdictFeatures): how evidence combines is learned, while the
 * rules still find every piece of it.
 */
import type { LogisticModel } from '../learn/logistic.ts';
import type { EvidenceSet } from './evidenceSet.ts';
import type { Weighted } from './resolve.ts';

/** The shape of one sentence, by name: the sentence model's columns. */
export const SENTENCE_FEATURE_NAMES = [
  'bias', 'position', 'first', 'last', 'decision', 'summary', 'views', 'background',
  'formalYes', 'formalNo', 'yes', 'no', 'condition', 'requirement', 'demand', 'contrast', 'abstain',
  'otherBody', 'descriptive', 'concluding', 'part', 'whole', 'aim', 'muted', 'question', 'length', 'cues', 'yesAndNo', 'opening',
] as const;

/** What the stance model receives: the most verdict-like sentence's direction, and the cues weighted by verdict-likeness. */
export const VERDICT_FEATURE_NAMES = [
  'verdict=yes', 'verdict=no', 'verdict=cond', 'verdict=abstain', 'verdictP',
  'verdictYes', 'verdictNo', 'verdictCond', 'verdictAbstain', 'verdictYesShare', 'verdictNoShare',
] as const;

/** One sentence with cues: its shape, the own cues' weight per direction, and where it is. */
export interface VerdictSentence {
  features: number[];
  /** Own (not another body's) effective weight: yes, no, reservation (condition, demand, contrast, qualifier), abstention. */
  yes: number;
  no: number;
  cond: number;
  abstain: number;
  /** Offsets in the body text; null for the decision column. */
  start: number | null;
  end: number | null;
}

const l = (x: number) => Math.log1p(Math.max(0, x));
const isYes = (s: Weighted) => s.kind === 'support' || s.kind === 'agree';
const isReservation = (s: Weighted) => s.kind === 'condition' || s.kind === 'demand' || s.kind === 'contrast' || s.kind === 'qualifier';
const CONCLUDING = /^(?:därför|sammantaget|sammanfattningsvis|således|följaktligen|mot (?:denna|den) bakgrund|avslutningsvis|sammanfattning|slutsats)/iu;

/** Every sentence of the yttrande that carries an own cue, decision column first. */
export function verdictSentences(e: EvidenceSet): VerdictSentence[] {
  const out: VerdictSentence[] = [];
  const parts = [
    { sentences: e.dec, signals: e.decSignals, decision: true },
    { sentences: e.body, signals: e.bodySignals, decision: false },
  ];
  for (const p of parts) {
    const n = p.sentences.length;
    const bySentence = new Map<number, Weighted[]>();
    for (const s of p.signals) {
      const list = bySentence.get(s.sentence);
      if (list) list.push(s);
      else bySentence.set(s.sentence, [s]);
    }
    for (const [index, signals] of bySentence) {
      const a = p.sentences[index];
      if (!a) continue;
      // One pass over the sentence's signals: the own cues' sums by kind, and its flags.
      let yes = 0, no = 0, cond = 0, abstain = 0, formalYes = 0, formalNo = 0, condition = 0, requirement = 0, demand = 0, contrast = 0;
      let other = 0, part = 0, whole = 0, aim = 0, muted = 0;
      for (const s of signals) {
        if (s.other) other = 1;
        if (s.other || s.eff <= 0) continue;
        if (s.part) part = 1;
        if (s.whole) whole = 1;
        if (s.aim) aim = 1;
        if (s.muted) muted = 1;
        if (isYes(s)) {
          yes += s.eff;
          if (s.kind === 'support' && s.weight >= 1.2) formalYes += s.eff;
        } else if (s.kind === 'oppose') {
          no += s.eff;
          if (s.weight >= 1.2) formalNo += s.eff;
        } else if (s.kind === 'abstain') abstain += s.eff;
        else if (isReservation(s)) {
          cond += s.eff;
          if (s.kind === 'condition') {
            condition += s.eff;
            if (!s.comment) requirement += s.eff;
          } else if (s.kind === 'demand') demand += s.eff;
          else if (s.kind === 'contrast') contrast += s.eff;
        }
      }
      if (yes + no + cond + abstain === 0) continue;
      const section = a.ctx.section;
      const text = a.ctx.sentence.text.trim();
      const features = [
        1,
        n > 1 ? index / (n - 1) : 0,
        index === 0 ? 1 : 0,
        index === n - 1 ? 1 : 0,
        p.decision || section === 'decision' ? 1 : 0,
        section === 'summary' ? 1 : 0,
        section === 'views' ? 1 : 0,
        section === 'background' ? 1 : 0,
        l(formalYes),
        l(formalNo),
        l(yes),
        l(no),
        l(condition),
        l(requirement),
        l(demand),
        l(contrast),
        l(abstain),
        other,
        a.descriptive ? 1 : 0,
        CONCLUDING.test(text) ? 1 : 0,
        part,
        whole,
        aim,
        muted,
        text.endsWith('?') ? 1 : 0,
        l(a.ctx.tokens.length) / 3,
        l(signals.length),
        yes > 0 && no > 0 ? 1 : 0,
        index < 2 ? 1 : 0,
      ];
      out.push({ features, yes, no, cond, abstain, start: p.decision ? null : a.ctx.sentence.start, end: p.decision ? null : a.ctx.sentence.end });
    }
  }
  return out;
}

/**
 * The sentence model's training labels: 1 for a body sentence that overlaps a phrase the
 * labeller quoted as the basis of the label (fragments joined by " ... "), else 0.
 */
export function basisLabels(sentences: readonly VerdictSentence[], text: string, basis: string): number[] {
  const spans: [number, number][] = [];
  for (const fragment of basis.split(' ... ')) {
    const f = fragment.trim();
    if (f.length < 8) continue;
    const at = text.indexOf(f);
    if (at >= 0) spans.push([at, at + f.length]);
  }
  return sentences.map((s) => {
    if (s.start === null || s.end === null) return 0;
    const { start, end } = s;
    return spans.some(([a, b]) => Math.min(end, b) - Math.max(start, a) >= Math.min(15, b - a)) ? 1 : 0;
  });
}

/** The stance model's verdict features (VERDICT_FEATURE_NAMES order); all 0 without a sentence model. */
export function verdictFeatures(sentences: readonly VerdictSentence[], model: LogisticModel | null): number[] {
  if (!model || sentences.length === 0) return VERDICT_FEATURE_NAMES.map(() => 0);
  let yes = 0, no = 0, cond = 0, abstain = 0, bestP = 0;
  let top: VerdictSentence | null = null;
  const [w0, w1] = model.weights;
  for (const s of sentences) {
    // Two classes: the softmax's second probability is the logistic of the score difference.
    let z = 0;
    for (let j = 0; j < s.features.length; j++) z += ((s.features[j] - model.mean[j]) / model.scale[j]) * (w1[j] - w0[j]);
    const p = 1 / (1 + Math.exp(-z / model.temperature));
    yes += p * s.yes;
    no += p * s.no;
    cond += p * s.cond;
    abstain += p * s.abstain;
    if (p > bestP) {
      bestP = p;
      top = s;
    }
  }
  const dirs = top ? [top.yes, top.no, top.cond, top.abstain] : [0, 0, 0, 0];
  const max = Math.max(...dirs);
  const total = yes + no + abstain + 0.3;
  return [...dirs.map((d) => (max > 0 && d === max ? 1 : 0)), bestP, l(yes), l(no), l(cond), l(abstain), yes / total, no / total];
}
