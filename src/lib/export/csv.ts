/**
 * CSV for Excel: formula-safe, UTF-8 with BOM, semicolons by default (Swedish Excel
 * uses the comma as its decimal mark, so it expects `;` between fields), CRLF rows.
 */
import { effectiveStance, effectiveThemeStance } from '../domain/effective.ts';
import type { ClassificationDetails, Consultation, ResponseRecord } from '../domain/types.ts';
import { explanationParts, type ExplanationParts } from '../classify/explain.ts';
import { KIND_LABEL, STANCE_LABEL, YES_NO, type ExportLang } from './labels.ts';

/** Options for {@link toCsv}. */
export interface CsvOptions {
  /** Field separator. `;` (default) for Swedish Excel, `,` for everything else. */
  delimiter?: ';' | ',';
  /** Start with a UTF-8 byte order mark so Excel reads å, ä, ö right. Default true. */
  bom?: boolean;
}

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection").
 * Tab and CR count only as the very first character; `= + - @` also count after
 * leading white space, because LibreOffice's "trim spaces" import option and some
 * Excel paths strip the spaces first and would then evaluate ` =HYPERLINK(...)`.
 * The whole cell is checked, not each line: spreadsheets only evaluate a cell's start.
 * Also: NEL (U+0085) first, zero-width characters (which some imports drop) before a
 * formula character, and the full-width ＝＋－＠ that Excel folds to their ASCII forms.
 */
const FORMULA_START = /^(?:[\t\r\u0085]|[\s\u00A0\u3000\u0085\u200B-\u200D\u2060\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** Prefix a cell that a spreadsheet would run as a formula with `'` (shown as text). */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, then quoted when it holds the delimiter, `"`, CR or LF. */
export function csvCell(value: string, delimiter: ';' | ','): string {
  const v = neutraliseFormula(value);
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Rows of strings to a CSV document (every row ends with CRLF). */
export function toCsv(rows: string[][], opts: CsvOptions = {}): string {
  const d = opts.delimiter ?? ';';
  const body = rows.map((row) => row.map((c) => csvCell(c, d)).join(d) + '\r\n').join('');
  return (opts.bom ?? true ? '\uFEFF' : '') + body;
}

/** Options for {@link responsesToCsv}. */
export interface ResponsesCsvOptions {
  delimiter?: ';' | ',';
  /** Header and label language. Default 'sv'. Numbers use a decimal comma in sv. */
  lang?: ExportLang;
  /** responseId → the record's evidence and conditions (stored apart; see db/details.ts). Without it the Villkor column is empty. */
  details?: ReadonlyMap<number, ClassificationDetails>;
  /** The explanation in the export's language (src/i18n/explanation.ts); without it, the Swedish line stored with the verdict. */
  explain?: (parts: ExplanationParts) => string;
}

const HEADERS: Record<ExportLang, { before: string[]; theme: string; basis: string; after: string[] }> = {
  sv: {
    before: ['Remissinstans', 'Gemensamt yttrande med', 'Typ', 'Datum', 'Diarienummer', 'Ställningstagande', 'Maskinens bedömning'],
    theme: 'Inriktning: ',
    basis: ' (grund)',
    after: ['Säkerhet', 'Manuellt bedömd', 'Skäl', 'Signatur', 'Granskad', 'Granskad av', 'Förklaring', 'Villkor'],
  },
  en: {
    before: ['Respondent', 'Joint answer with', 'Type', 'Date', 'Reference', 'Stance', 'Machine stance'],
    theme: 'Theme: ',
    basis: ' (basis)',
    after: ['Confidence', 'Overridden', 'Reason', 'Initials', 'Reviewed', 'Reviewed by', 'Explanation', 'Conditions'],
  },
};

/** What a theme stance rests on, in the column after it. */
const BASIS: Record<ExportLang, { explicit: string; inherited: string; manual: string }> = {
  sv: { explicit: 'Uttrycklig', inherited: 'Ärvd', manual: 'Manuell' },
  en: { explicit: 'Explicit', inherited: 'Inherited', manual: 'Manual' },
};

/**
 * The yttranden of one remiss as an Excel-ready CSV. Stances are the EFFECTIVE ones
 * (a person's override wins); the machine's verdict sits next to it so the two can be
 * compared. Each theme has two columns: the stance, and what it rests on: "Uttrycklig"
 * (sentences about the theme), "Ärvd" (the text does not discuss the theme, so the
 * overall stance is carried over) or "Manuell" (a person set it). The bars per inriktning
 * count the "Uttrycklig" and "Manuell" rows; inherited ones only on request.
 */
export function responsesToCsv(records: ResponseRecord[], consultation: Consultation, opts: ResponsesCsvOptions = {}): string {
  const lang = opts.lang ?? 'sv';
  const h = HEADERS[lang];
  const stance = STANCE_LABEL[lang];
  const [yes, no] = YES_NO[lang];
  const themes = consultation.themes.map((t) => t.name);
  const header = [...h.before, ...themes.flatMap((t) => [h.theme + t, h.theme + t + h.basis]), ...h.after];
  const rows = records.map((r) => {
    const c = r.classification;
    const conditions = (r.id !== undefined ? opts.details?.get(r.id)?.conditions : undefined) ?? [];
    const o = r.overrides.overall;
    const themeCells = themes.flatMap((t) => {
      const ts = effectiveThemeStance(r, t);
      const basis = !ts.explicit ? BASIS[lang].inherited : ts.overridden ? BASIS[lang].manual : BASIS[lang].explicit;
      return [stance[ts.stance], basis];
    });
    const conf = Number.isFinite(c.confidence) ? c.confidence.toFixed(2) : '';
    return [
      r.respondent,
      (r.jointWith ?? []).join(', '),
      KIND_LABEL[lang][r.respondentKind] ?? '',
      r.date ?? '',
      r.reference ?? '',
      stance[effectiveStance(r)],
      stance[c.stance],
      ...themeCells,
      lang === 'sv' ? conf.replace('.', ',') : conf,
      o ? yes : no,
      o?.reason ?? '',
      o?.initials ?? '',
      r.reviewed ? yes : no,
      r.reviewedBy ?? '',
      opts.explain ? opts.explain(explanationParts({ ...c, ...(r.id !== undefined ? opts.details?.get(r.id) : undefined), textLength: r.textLength })) : c.explanation,
      // LF inside a quoted cell is a line break within the cell in Excel.
      conditions.map((k) => (k.theme ? `${k.theme}: ${k.text}` : k.text)).join('\n'),
    ];
  });
  return toCsv([header, ...rows], { delimiter: opts.delimiter ?? ';', bom: true });
}
