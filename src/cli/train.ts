/**
 * npm run train [-- [--lang sv|en] FILE.jsonl ...]   (default: ../shared/eval/*.jsonl)
 * Fits the stance model on real labelled yttranden, cross-validated (grouped 10-fold), and
 * writes src/lib/classify/model.json (weights, temperature, review threshold, hashes of the
 * training texts — never the texts) and data/model/TRAINING.md (the cross-validated report).
 * Deterministic: the same files give byte-identical output (except the date line). The report
 * is in English in every language (it is the model's record); --lang words the messages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { computeMetrics } from '../lib/evaluation/metrics.ts';
import { STANCES } from '../lib/domain/types.ts';
import { parseLabelled } from '../lib/learn/labelled.ts';
import { coverageCurve, reliabilityTable } from '../lib/learn/reliability.ts';
import { textHash } from '../lib/learn/textHash.ts';
import type { Calibration } from '../lib/classify/calibrationBand.ts';
import { DEFAULTS, trainStance, type NestedQueue, type OutOfFold } from '../lib/learn/trainStance.ts';
import { REAL_DIR, REGRESSION_SETS, realFiles, regressionItems } from './trainingSets.ts';
import { cliTexts } from '../i18n/cli.ts';
import { takeLang } from './lang.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The markdown report of out-of-fold predictions. */
export function reportOf(oof: OutOfFold[], byFile: Map<string, string>, threshold: number, met: boolean, temperature: number, nested?: NestedQueue): string {
  const m = computeMetrics(oof.map((o) => [o.gold, o.predicted] as const));
  const sure = oof.filter((o) => !o.uncertain);
  const ms = computeMetrics(sure.map((o) => [o.gold, o.predicted] as const));
  const scored = oof.map((o) => ({ confidence: o.confidence, correct: o.gold === o.predicted, alwaysReviewed: o.alwaysReviewed }));
  const kept = scored.filter((s) => !s.alwaysReviewed && s.confidence >= threshold);
  const keptRight = kept.filter((s) => s.correct).length;
  const keptSure = oof.filter((o) => !o.uncertain && !o.alwaysReviewed && o.confidence >= threshold);
  const keptSureRight = keptSure.filter((o) => o.gold === o.predicted).length;
  const confidentOppSup = oof.filter((o) => o.gold === 'opposing' && o.predicted === 'supporting' && !o.alwaysReviewed && o.confidence >= threshold).length;
  const L: string[] = [];
  L.push(`# Stance model: training report`, '');
  L.push(`Multinomial logistic regression (L2 ${DEFAULTS.l2}) over the rules' evidence features, ${oof.length} real yttranden.`);
  L.push(`All figures are **cross-validated**: grouped ${DEFAULTS.folds}-fold (one source or one remissinstans never in two folds); every item is scored by a model that never saw it. Calibration: softmax temperature ${temperature}, fitted on the out-of-fold scores.`, '');
  L.push(`| set | items | accuracy | macro-F1 | opposing → supporting |`, `| --- | --- | --- | --- | --- |`);
  L.push(`| all | ${m.n} | **${pct(m.accuracy)}** | ${m.macroF1.toFixed(3)} | ${m.opposingAsSupporting} |`);
  L.push(`| without UNCERTAIN labels | ${ms.n} | ${pct(ms.accuracy)} | ${ms.macroF1.toFixed(3)} | ${ms.opposingAsSupporting} |`);
  const files = [...new Set(byFile.values())];
  for (const f of files) {
    const sub = oof.filter((o) => byFile.get(o.id) === f);
    const mf = computeMetrics(sub.map((o) => [o.gold, o.predicted] as const));
    L.push(`| ${f} | ${mf.n} | ${pct(mf.accuracy)} | ${mf.macroF1.toFixed(3)} | ${mf.opposingAsSupporting} |`);
  }
  L.push('', `**Review queue.** Threshold \`REVIEW_THRESHOLD\` = ${threshold} (chosen on these out-of-fold figures for ${pct(DEFAULTS.targetPrecision)} precision${met ? '' : '; not reachable, the best precision is taken'}): ${pct(kept.length / scored.length)} decided without review, of which ${pct(kept.length ? keptRight / kept.length : 0)} right; confident opposing → supporting: ${confidentOppSup}. Without the UNCERTAIN labels: ${pct(sure.length ? keptSure.length / sure.length : 0)} of ${sure.length} decided without review, of which ${pct(keptSure.length ? keptSureRight / keptSure.length : 0)} right.`, '');
  if (nested) {
    L.push(
      `**Review queue, nested.** The threshold chosen for each fold on the other folds' verdicts only (${nested.thresholds.join(', ')}) and applied to that fold: ${pct(nested.coverage)} decided without review, of which ${pct(nested.precision)} right. (The figures above choose the threshold on the verdicts they score, which flatters it a little.)`,
      '',
    );
  }
  L.push(`| class | precision | recall | F1 | items |`, `| --- | --- | --- | --- | --- |`);
  for (const s of STANCES) L.push(`| ${s} | ${m.perClass[s].precision.toFixed(3)} | ${m.perClass[s].recall.toFixed(3)} | ${m.perClass[s].f1.toFixed(3)} | ${m.perClass[s].support} |`);
  L.push('', 'Confusion (row = label, column = predicted):', '', `| | ${STANCES.join(' | ')} |`, `| --- | ${STANCES.map(() => '---').join(' | ')} |`);
  for (const g of STANCES) L.push(`| ${g} | ${STANCES.map((p) => m.confusion[g][p]).join(' | ')} |`);
  L.push('', 'Reliability (stated confidence vs. observed accuracy):', '', `| confidence | items | mean confidence | accuracy |`, `| --- | --- | --- | --- |`);
  for (const b of reliabilityTable(scored)) L.push(`| ${b.from.toFixed(2)}–${b.to.toFixed(2)} | ${b.n} | ${b.n ? b.meanConfidence.toFixed(2) : '–'} | ${b.n ? pct(b.accuracy) : '–'} |`);
  L.push('', 'Coverage / precision (decide without review at or above the threshold, unless the evidence gives another reason to review):', '', `| threshold | decided without review | of those right |`, `| --- | --- | --- |`);
  for (const c of coverageCurve(scored)) L.push(`| ${c.threshold.toFixed(2)} | ${pct(c.coverage)} | ${pct(c.precision)} |`);
  return L.join('\n') + '\n';
}

function main(args: string[]): number {
  const { lang, argv, invalid } = takeLang(args);
  const tx = cliTexts(lang);
  if (invalid !== undefined) {
    console.error(tx('cli.lang.unknown', { lang: invalid }));
    return 2;
  }
  const files = argv.filter((a) => !a.startsWith('-'));
  const use = files.length ? files : realFiles();
  if (use.length === 0) {
    console.error(tx('cli.train.noFiles', { dir: REAL_DIR }));
    return 1;
  }
  const byFile = new Map<string, string>();
  const items = use.flatMap((f) => {
    const its = parseLabelled(readFileSync(f, 'utf8'), f);
    for (const it of its) byFile.set(it.id, f.split('/').pop() ?? f);
    return its;
  });
  // The team's own regression sets teach the conventions; they train, they are never scored.
  const extra = argv.includes('--no-extra') ? [] : regressionItems();
  const t0 = performance.now();
  const r = trainStance(items, { extra });
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const roundModel = <M extends { weights: number[][]; mean: number[]; scale: number[] }>(m: M): M => ({ ...m, weights: m.weights.map((w) => w.map(round)), mean: m.mean.map(round), scale: m.scale.map(round) });
  const stored = {
    ...roundModel(r.model),
    // The sentence model (verdictSentence.ts), whose verdict features the stance model reads.
    verdict: r.verdictModel ? roundModel(r.verdictModel) : null,
    reviewThreshold: r.reviewThreshold,
    trainedAt: new Date().toISOString().slice(0, 10),
    items: items.length,
    trainingHashes: [...new Set(items.map((it) => textHash(it.text)))].sort(),
  };
  writeFileSync('src/lib/classify/model.json', JSON.stringify(stored, null, 1) + '\n');
  // The threshold alone, for code that must not load the model (the review queue on the page).
  writeFileSync(
    'src/lib/classify/reviewThreshold.ts',
    `/** Written by \`npm run train\` (src/cli/train.ts) with model.json: below this calibrated confidence a verdict goes to review. */\nexport const REVIEW_THRESHOLD = ${r.reviewThreshold};\n`,
  );
  mkdirSync('data/model', { recursive: true });
  // What a confidence has meant, for the page (the detail dialog, the review view): numbers only.
  const scored = r.outOfFold.map((o) => ({ confidence: o.confidence, correct: o.gold === o.predicted, alwaysReviewed: o.alwaysReviewed }));
  // The queue's figures as a user should expect them: the threshold chosen without the scored fold (nested).
  const calibration: Calibration = {
    items: items.length,
    threshold: r.reviewThreshold,
    decided: Math.round(r.nested.coverage * 1000) / 1000,
    right: Math.round(r.nested.precision * 1000) / 1000,
    bands: reliabilityTable(scored)
      .filter((b) => b.n > 0)
      .map((b) => ({ from: b.from, to: b.to, n: b.n, accuracy: b.accuracy })),
  };
  writeFileSync(
    'src/lib/classify/calibration.ts',
    `/** Written by \`npm run train\` (src/cli/train.ts): what a confidence has meant on the real yttranden, cross-validated (calibrationBand.ts). */\nimport type { Calibration } from './calibrationBand.ts';\n\nexport const CALIBRATION: Calibration = ${JSON.stringify(calibration)};\n`,
  );
  const report = reportOf(r.outOfFold, byFile, r.reviewThreshold, r.thresholdMet, r.temperature, r.nested);
  const extraNote = extra.length ? ` plus ${extra.length} items of the team's own regression sets (${REGRESSION_SETS.join(', ')}) at weight ${DEFAULTS.extraWeight}, which only train and are never scored` : '';
  writeFileSync('data/model/TRAINING.md', report + `\nTrained ${stored.trainedAt} on ${use.map((f) => f.split('/').pop()).join(', ')}${extraNote}, in ${seconds} s (\`npm run train\`).\n`);
  console.log(report);
  console.log(tx('cli.train.wrote', { seconds }));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
