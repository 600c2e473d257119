/** Where train and eval find their labelled sets: the real ones are the ground truth. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLabelled } from '../lib/learn/labelled.ts';
import type { LabelledItem } from '../lib/learn/trainStance.ts';

/** Real, public yttranden (never copied into the repository). */
export const REAL_DIR = '../shared/eval';

/** The team's own regression sets: they train (teaching the labelling conventions), never score. */
export const REGRESSION_SETS = ['data/eval/dev.jsonl', 'data/eval/dev2.jsonl', 'data/eval/dev3.jsonl', 'data/eval/test.jsonl'];

export function realFiles(): string[] {
  if (!existsSync(REAL_DIR)) return [];
  return readdirSync(REAL_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(REAL_DIR, f));
}

export function regressionItems(): LabelledItem[] {
  return REGRESSION_SETS.filter((f) => existsSync(f)).flatMap((f) => parseLabelled(readFileSync(f, 'utf8'), f));
}
