/**
 * npm run --silent classify -- [--themes FILE.json] [--format json|csv] [--lang sv|en] FILE...
 *
 * Imports each file with the real import (src/lib/import), classifies every good row and
 * prints JSON ({files, responses}) or a formula-safe CSV (semicolons, UTF-8 BOM).
 * Exit 0: good rows classified (bad rows are listed under issues). Exit 1: a file was
 * rejected as a whole (a message on stderr naming it, in Swedish, or English with
 * `--lang en`; the issues' `message` too). Exit 2: wrong usage.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { classify } from '../lib/classify/index.ts';
import type { Classification, Response, Theme } from '../lib/domain/types.ts';
import { toCsv } from '../lib/export/csv.ts';
import { ImportError, type ParsedFile } from '../lib/import/index.ts';
import { parseAnyFile, type DocumentReaders } from '../lib/import/parseAnyFile.ts';
import type { PdfJs } from '../lib/import/documents/pdf.ts';

/** Node 20 needs PDF.js's legacy build; it runs its worker in-process here. Loaded only for a PDF. */
export const nodeReaders: DocumentReaders = {
  pdfjs: async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs,
};
import { issueText, rejectionText } from '../i18n/importMessages.ts';
import { cliTexts } from '../i18n/cli.ts';
import { takeLang } from './lang.ts';

type Texts = ReturnType<typeof cliTexts>;

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readFile: (path: string) => Uint8Array;
}

class UsageError extends Error {}

interface Options {
  themesFile?: string;
  format: 'json' | 'csv';
  files: string[];
}

function parseArgs(argv: string[], tx: Texts): Options {
  const o: Options = { format: 'json', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(tx('cli.flag.needsValue', { flag: a }));
      return v;
    };
    if (a === '--themes') o.themesFile = value();
    else if (a.startsWith('--themes=')) o.themesFile = a.slice(9);
    else if (a === '--format' || a.startsWith('--format=')) {
      const f = a === '--format' ? value() : a.slice(9);
      if (f !== 'json' && f !== 'csv') throw new UsageError(tx('cli.classify.format', { format: f }));
      o.format = f;
    } else if (a === '--') continue;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(tx('cli.flag.unknown', { flag: a }));
    else o.files.push(a);
  }
  if (o.files.length === 0) throw new UsageError(tx('cli.classify.noFiles'));
  return o;
}

/** Themes from --themes: [{name, keywords}] or {themes: [...]}. */
function readThemes(io: Io, path: string, tx: Texts): Theme[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder().decode(io.readFile(path)));
  } catch {
    throw new UsageError(tx('cli.classify.themesNotJson', { path }));
  }
  const list = Array.isArray(data) ? data : (data as { themes?: unknown } | null)?.themes;
  if (!Array.isArray(list)) throw new UsageError(tx('cli.classify.themesShape', { path }));
  return list.flatMap((t): Theme[] => {
    const o = t as { name?: unknown; keywords?: unknown };
    if (typeof o?.name !== 'string' || !o.name.trim()) return [];
    const keywords = Array.isArray(o.keywords) ? o.keywords.filter((k): k is string => typeof k === 'string') : [];
    return [{ name: o.name.trim(), keywords }];
  });
}

interface Row extends Omit<Classification, 'disagreement'> {
  file: string;
  line?: number;
  record?: number;
  respondent: string;
  respondentKind: string;
  consultation?: string;
  date?: string;
  reference?: string;
  text: string;
  decision?: string;
}

function toRow(p: ParsedFile, r: Response, themes: Theme[], consultation: string | undefined): Row {
  const c = classify({ text: r.text, decision: r.decision, themeTexts: r.themeTexts, respondent: r.respondent }, themes);
  const where = p.format === 'json' || p.format === 'ndjson' ? { record: r.sourceLine } : { line: r.sourceLine };
  return {
    file: p.file,
    ...where,
    respondent: r.respondent,
    respondentKind: r.respondentKind,
    consultation,
    date: r.date,
    reference: r.reference,
    text: r.text,
    decision: r.decision,
    stance: c.stance,
    confidence: c.confidence,
    evidence: c.evidence,
    themes: c.themes,
    conditions: c.conditions,
    explanation: c.explanation,
    // What the app does with the verdict: the review queue and why.
    needsReview: c.needsReview,
    reviewReasons: c.reviewReasons ?? [],
  };
}

function csv(rows: Row[], themes: Theme[], tx: Texts): string {
  const names = [...new Set([...themes.map((t) => t.name), ...rows.flatMap((r) => Object.keys(r.themes))])];
  const header = ['file', 'line', 'respondent', 'respondentKind', 'consultation', 'date', 'reference', 'stance', 'confidence', 'needsReview', 'reviewReasons', 'explanation', 'conditions', 'evidence', ...names.map((n) => `theme:${n}`), 'decision', 'text'];
  const body = rows.map((r) => [
    r.file,
    String(r.line ?? r.record ?? ''),
    r.respondent,
    r.respondentKind,
    r.consultation ?? '',
    r.date ?? '',
    r.reference ?? '',
    r.stance,
    r.confidence.toFixed(2),
    r.needsReview ? tx('cli.classify.yes') : tx('cli.classify.no'),
    (r.reviewReasons ?? []).join(' '),
    r.explanation,
    r.conditions.map((c) => c.text).join(' | '),
    r.evidence.map((e) => e.text).join(' | '),
    ...names.map((n) => (r.themes[n] ? `${r.themes[n].stance}${r.themes[n].explicit ? '' : ` (${tx('cli.classify.inherited')})`}` : '')),
    r.decision ?? '',
    r.text,
  ]);
  return toCsv([header, ...body]);
}

/** Run the CLI; returns the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const { lang, argv: rest, invalid } = takeLang(argv);
  const tx = cliTexts(lang);
  let opts: Options;
  let themes: Theme[] | undefined;
  try {
    if (invalid !== undefined) throw new UsageError(tx('cli.lang.unknown', { lang: invalid }));
    opts = parseArgs(rest, tx);
    if (opts.themesFile) themes = readThemes(io, opts.themesFile, tx);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`${e.message}\n${tx('cli.classify.usage')}\n`);
    return 2;
  }
  let code = 0;
  const files: object[] = [];
  const rows: Row[] = [];
  for (const path of opts.files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(path);
    } catch {
      io.stderr(`${tx('cli.classify.unreadable', { path })}\n`);
      code = 1;
      continue;
    }
    try {
      const p = await parseAnyFile(bytes, path, themes ? { themes } : {}, nodeReaders);
      const fileThemes = themes ?? p.consultation?.themes ?? [];
      // Every response under its own remiss: the group it was filed in (else the file's remiss).
      const consultations = p.groups.map((g) => ({ title: g.title ?? p.consultation?.title, reference: g.reference, responses: g.responses.length, duplicates: g.duplicates }));
      files.push({ file: p.file, format: p.format, encoding: p.encoding, delimiter: p.delimiter, ...(p.sheet ? { sheet: p.sheet } : {}), goodRows: p.goodRows, badRows: p.badRows, skippedRows: p.skippedRows ?? 0, duplicates: p.duplicates, consultations, issues: p.issues.map((i) => ({ line: i.line, record: i.record, column: i.column, code: i.code, message: issueText(lang, i), severity: i.severity })) });
      p.groups.forEach((g, i) => {
        for (const r of g.responses) rows.push(toRow(p, r, fileThemes, consultations[i].title));
      });
    } catch (e) {
      if (e instanceof ImportError) io.stderr(`${rejectionText(lang, { file: path, code: e.code, params: e.params })}\n`);
      else io.stderr(`${tx('cli.classify.failed', { path, error: (e as Error).message })}\n`);
      code = 1;
    }
  }
  if (opts.format === 'csv') io.stdout(csv(rows, themes ?? [], tx));
  else io.stdout(`${JSON.stringify({ files, responses: rows }, null, 2)}\n`);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // "| head" closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readFile: (p) => readFileSync(p),
  });
}
