/**
 * npm run eval [-- [--json] [--verbose] [--lang sv|en] FILE.jsonl|SAMPLE-DIR ...]
 * Without files: the sample remiss (data/sample) and the test split (data/eval/test.jsonl).
 * Prints accuracy, per-class precision/recall/F1, the confusion matrix, opposing→supporting
 * errors, confidence of right vs wrong verdicts with the share of errors the review queue
 * catches, and per-theme accuracy; --json prints one JSON object; --verbose lists the misses.
 * Headings and notes in Swedish, or English with --lang en.
 */
import { existsSync, readFileSync } from 'node:fs';
import { STANCES, type Stance } from '../lib/domain/types.ts';
import { classify } from '../lib/classify/index.ts';
import { evidenceReviewReasons } from '../lib/classify/classify.ts';
import { findEvidence } from '../lib/classify/evidenceSet.ts';
import { classifyThemes } from '../lib/classify/themeStances.ts';
import { themeMatcher } from '../lib/classify/themes.ts';
import { parseJsonl, parseSample, type EvalItem } from '../lib/evaluation/evalSet.ts';
import { calibration, computeMetrics, themeAccuracy, type Calibration, type Metrics } from '../lib/evaluation/metrics.ts';
import { MODEL, REVIEW_THRESHOLD } from '../lib/classify/model.ts';
import { coverageCurve, reliabilityTable, type Band, type CoveragePoint } from '../lib/learn/reliability.ts';
import { textHash } from '../lib/learn/textHash.ts';
import { crossValidate, type LabelledItem } from '../lib/learn/trainStance.ts';
import { regressionItems } from './trainingSets.ts';
import { groupKeys } from '../lib/learn/labelled.ts';
import { cliTexts } from '../i18n/cli.ts';
import { takeLang } from './lang.ts';

type Texts = ReturnType<typeof cliTexts>;

interface Report {
  name: string;
  metrics: Metrics;
  calibration: Calibration;
  themes: Record<string, { n: number; correct: number; accuracy: number }>;
  themeOverall: { n: number; correct: number; accuracy: number };
  misses: { id: string; gold: Stance; predicted: Stance; confidence: number; explanation: string }[];
  /** True when the model was fitted on these items: the figures are then out-of-fold. */
  crossValidated: boolean;
  reliability: Band[];
  coverage: CoveragePoint[];
  /** Share decided without review (confidence ≥ REVIEW_THRESHOLD) and how many of those are right. */
  decided: { share: number; precision: number; confidentOpposingAsSupporting: number };
  /** Without the items whose notes mark the label UNCERTAIN, when there are any. */
  certain?: { n: number; accuracy: number; macroF1: number; decided: { share: number; precision: number } };
}

/** The stance and confidence of every item, out-of-fold for items the model was trained on. */
type Verdicts = Map<EvalItem, { stance: Stance; confidence: number }>;

const TRAINED = new Set(MODEL.trainingHashes);

/**
 * Items the model was fitted on are scored by grouped k-fold cross-validation among the items
 * given (so eval never reports a fitted model on its own training items).
 */
function outOfFold(items: EvalItem[]): Verdicts {
  const seen = items.filter((it) => TRAINED.has(textHash(it.text)));
  const out: Verdicts = new Map();
  if (seen.length < 20) return out;
  const labelled: LabelledItem[] = seen.map((it) => ({
    id: it.id,
    text: it.text,
    decision: it.decision,
    respondent: it.respondent,
    label: it.label,
    groups: groupKeys(it.source, it.respondent),
    basis: it.basis,
  }));
  const { outOfFold } = crossValidate(labelled, { extra: regressionItems() });
  seen.forEach((it, i) => out.set(it, { stance: outOfFold[i].predicted, confidence: Math.round(outOfFold[i].confidence * 100) / 100 }));
  return out;
}

function evaluate(name: string, items: EvalItem[], cv: Verdicts = new Map()): Report {
  const pairs: [Stance, Stance][] = [];
  const themeItems: { gold: Record<string, Stance>; predicted: Record<string, Stance> }[] = [];
  const misses: Report['misses'] = [];
  const cal: { correct: boolean; confidence: number; needsReview: boolean; alwaysReviewed: boolean }[] = [];
  let crossValidated = false;
  for (const it of items) {
    const c = classify({ text: it.text, decision: it.decision, respondent: it.respondent }, it.themes);
    const oof = cv.get(it);
    if (oof) {
      // The verdict of a model that never saw this item; the review rule applied to it.
      crossValidated = true;
      c.stance = oof.stance;
      c.confidence = oof.confidence;
      const e = findEvidence({ text: it.text, decision: it.decision, respondent: it.respondent });
      const others = evidenceReviewReasons(e, oof.stance);
      // A part without a stance of its own inherits the overall one: the out-of-fold one here.
      c.themes = classifyThemes(it.themes.map(themeMatcher), oof.stance, undefined, [
        { text: e.decision, sentences: e.dec, signals: e.decSignals },
        { text: e.text, sentences: e.body, signals: e.bodySignals },
      ]);
      c.reviewReasons = [...(oof.confidence < REVIEW_THRESHOLD ? (['low-confidence'] as const) : []), ...others];
      c.needsReview = c.reviewReasons.length > 0;
    }
    pairs.push([it.label, c.stance]);
    const predicted: Record<string, Stance> = {};
    for (const [k, v] of Object.entries(c.themes)) predicted[k] = v.stance;
    themeItems.push({ gold: it.themeLabels, predicted });
    cal.push({ correct: c.stance === it.label, confidence: c.confidence, needsReview: c.needsReview, alwaysReviewed: (c.reviewReasons ?? []).some((r) => r !== 'low-confidence') });
    if (c.stance !== it.label) misses.push({ id: it.id, gold: it.label, predicted: c.stance, confidence: c.confidence, explanation: c.explanation });
  }
  const themes = themeAccuracy(themeItems);
  const n = Object.values(themes).reduce((a, t) => a + t.n, 0);
  const correct = Object.values(themes).reduce((a, t) => a + t.correct, 0);
  const themeOverall = { n, correct, accuracy: n ? Math.round((correct / n) * 1000) / 1000 : 0 };
  const scored = cal.map((c) => ({ confidence: c.confidence, correct: c.correct, alwaysReviewed: c.alwaysReviewed }));
  // What the app decides without a person: not sent to review for any reason.
  const kept = items.map((it, i) => ({ it, i })).filter(({ i }) => !cal[i].needsReview);
  const keptRight = kept.filter(({ i }) => cal[i].correct).length;
  const decided = {
    share: items.length ? Math.round((kept.length / items.length) * 1000) / 1000 : 0,
    precision: kept.length ? Math.round((keptRight / kept.length) * 1000) / 1000 : 0,
    confidentOpposingAsSupporting: kept.filter(({ i }) => pairs[i][0] === 'opposing' && pairs[i][1] === 'supporting').length,
  };
  const certainPairs = pairs.filter((_, i) => !items[i].uncertain);
  const cm = certainPairs.length < pairs.length ? computeMetrics(certainPairs) : null;
  // The review queue on the items whose label no second reader would set otherwise.
  const certainKept = kept.filter(({ it }) => !it.uncertain);
  const certainDecided = {
    share: certainPairs.length ? Math.round((certainKept.length / certainPairs.length) * 1000) / 1000 : 0,
    precision: certainKept.length ? Math.round((certainKept.filter(({ i }) => cal[i].correct).length / certainKept.length) * 1000) / 1000 : 0,
  };
  return {
    name,
    metrics: computeMetrics(pairs),
    calibration: calibration(cal),
    themes,
    themeOverall,
    misses,
    crossValidated,
    reliability: reliabilityTable(scored),
    coverage: coverageCurve(scored),
    decided,
    ...(cm ? { certain: { n: cm.n, accuracy: cm.accuracy, macroF1: cm.macroF1, decided: certainDecided } } : {}),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(8);

function print(r: Report, verbose: boolean, tx: Texts): void {
  const m = r.metrics;
  const out: string[] = [`\n${tx('cli.eval.heading', { name: r.name, n: m.n, cv: r.crossValidated ? tx('cli.eval.crossValidated') : '' })}`];
  const certain = r.certain ? tx('cli.eval.certain', { n: r.certain.n, accuracy: pct(r.certain.accuracy).trim(), f1: r.certain.macroF1.toFixed(3), share: pct(r.certain.decided.share).trim(), precision: pct(r.certain.decided.precision).trim() }) : '';
  out.push(tx('cli.eval.accuracy', { accuracy: pct(m.accuracy), f1: m.macroF1.toFixed(3), certain }));
  out.push(tx('cli.eval.decided', { threshold: REVIEW_THRESHOLD, share: pct(r.decided.share).trim(), precision: pct(r.decided.precision).trim(), n: r.decided.confidentOpposingAsSupporting }));
  out.push(tx('cli.eval.opposingAsSupporting', { n: m.opposingAsSupporting }));
  const c = r.calibration;
  out.push(
    tx('cli.eval.confidence', {
      right: c.meanConfidenceCorrect.toFixed(2),
      wrong: c.meanConfidenceWrong.toFixed(2),
      caught: c.wrong ? pct(c.wrongCaught).trim() : '–',
      errors: c.wrong,
      correctReviewed: pct(c.correctReviewed).trim(),
      reviewShare: pct(c.reviewShare).trim(),
    }),
  );
  out.push(`\n${tx('cli.eval.class').padEnd(12)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(8)}${tx('cli.eval.items').padStart(7)}`);
  for (const s of STANCES) {
    const c = m.perClass[s];
    out.push(`${s.padEnd(12)}${c.precision.toFixed(3).padStart(10)}${c.recall.toFixed(3).padStart(10)}${c.f1.toFixed(3).padStart(8)}${String(c.support).padStart(7)}`);
  }
  out.push(`\n${tx('cli.eval.confusion')}`);
  out.push(`${''.padEnd(12)}${STANCES.map((s) => s.slice(0, 10).padStart(12)).join('')}`);
  for (const g of STANCES) out.push(`${g.padEnd(12)}${STANCES.map((p) => String(m.confusion[g][p]).padStart(12)).join('')}`);
  out.push(`\n${tx('cli.eval.reliability')}`);
  for (const b of r.reliability) if (b.n) out.push(`  ${b.from.toFixed(2)}–${b.to.toFixed(2)}  ${String(b.n).padStart(4)}  ${b.meanConfidence.toFixed(2)}  ${pct(b.accuracy)}`);
  out.push(tx('cli.eval.coverage'));
  for (const c of r.coverage) out.push(`  ≥ ${c.threshold.toFixed(2)}  ${pct(c.coverage)}  ${pct(c.precision)}`);
  if (r.themeOverall.n) {
    out.push(`\n${tx('cli.eval.perTheme', { accuracy: pct(r.themeOverall.accuracy), correct: r.themeOverall.correct, n: r.themeOverall.n })}`);
    const rows = Object.entries(r.themes);
    if (rows.length <= 12) for (const [name, t] of rows) out.push(`  ${name.slice(0, 50).padEnd(52)}${pct(t.accuracy)} (${t.correct}/${t.n})`);
  }
  if (verbose) for (const x of r.misses) out.push(`  MISS ${x.id}: ${x.gold} -> ${x.predicted} (${x.confidence.toFixed(2)})  ${x.explanation}`);
  console.log(out.join('\n'));
}

function main(args: string[]): number {
  const { lang, argv, invalid } = takeLang(args);
  const tx = cliTexts(lang);
  if (invalid !== undefined) {
    console.error(tx('cli.lang.unknown', { lang: invalid }));
    return 2;
  }
  const json = argv.includes('--json');
  const verbose = argv.includes('--verbose') || argv.includes('-v');
  const files = argv.filter((a) => !a.startsWith('-'));
  const reports: Report[] = [];
  const notes: string[] = [];
  const parsed: [string, EvalItem[]][] = [];
  if (files.length === 0) {
    if (existsSync('data/sample/remiss.json') && existsSync('data/sample/gold.json')) {
      const items = parseSample(JSON.parse(readFileSync('data/sample/remiss.json', 'utf8')), JSON.parse(readFileSync('data/sample/gold.json', 'utf8')));
      reports.push(evaluate(tx('cli.eval.sampleName'), items));
    } else notes.push(tx('cli.eval.sampleMissing'));
    files.push('data/eval/test.jsonl');
  }
  for (const f of files) {
    // A directory with remiss.json and gold.json is a sample remiss (like data/sample).
    if (existsSync(`${f}/remiss.json`) && existsSync(`${f}/gold.json`)) {
      reports.push(evaluate(f, parseSample(JSON.parse(readFileSync(`${f}/remiss.json`, 'utf8')), JSON.parse(readFileSync(`${f}/gold.json`, 'utf8')))));
      continue;
    }
    if (!existsSync(f)) {
      notes.push(tx('cli.eval.fileMissing', { file: f }));
      continue;
    }
    try {
      parsed.push([f, parseJsonl(readFileSync(f, 'utf8'))]);
    } catch (e) {
      console.error(tx('cli.eval.unreadable', { file: f, error: (e as Error).message }));
      return 1;
    }
  }
  // Out-of-fold verdicts across all given files together (the folds train sees).
  const cv = outOfFold(parsed.flatMap(([, items]) => items));
  for (const [f, items] of parsed) reports.push(evaluate(f, items, cv));
  if (json) console.log(JSON.stringify({ reports, notes }, null, 2));
  else {
    for (const r of reports) print(r, verbose, tx);
    for (const n of notes) console.log(`\n${tx('cli.eval.note', { note: n })}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
