import type { ParsedFile } from '../lib/import/index.ts';
import type { FilePreview } from './protocol.ts';

/** How many rows the preview table shows. */
const PREVIEW_ROWS = 8;
const EXCERPT = 160;

/** The part of a parsed file the UI needs for the preview: small, whatever the file's size. */
export function toPreview(p: ParsedFile, size: number): FilePreview {
  return {
    ok: true,
    file: p.file,
    size,
    format: p.format,
    encoding: p.encoding,
    delimiter: p.delimiter,
    headers: p.headers,
    mapping: p.mapping,
    unknownColumns: p.unknownColumns,
    duplicateHeaders: p.duplicateHeaders,
    consultation: p.consultation,
    ...(p.sheets ? { sheets: p.sheets, sheet: p.sheet } : {}),
    ...(p.document ? { document: p.document } : {}),
    goodRows: p.goodRows,
    badRows: p.badRows,
    issues: p.issues,
    issueCount: p.issueCount,
    rows: p.responses.slice(0, PREVIEW_ROWS).map((r) => ({
      line: p.format === 'json' || p.format === 'ndjson' ? undefined : r.sourceLine,
      record: p.format === 'json' || p.format === 'ndjson' ? r.sourceLine : undefined,
      respondent: r.respondent,
      kind: r.respondentKind,
      date: r.date,
      // A document's text begins with its letterhead; its decision says more at a glance.
      excerpt: excerpt(p.document && r.decision ? r.decision : r.text),
    })),
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? flat.slice(0, EXCERPT - 1) + '…' : flat;
}
