import type { ParsedFile } from '../lib/import/index.ts';
import type { FilePreview, GroupPreview } from './protocol.ts';

/** How many rows the preview table shows. */
const PREVIEW_ROWS = 8;
const EXCERPT = 160;

/** The part of a parsed file the UI needs for the preview: small, whatever the file's size. */
export function toPreview(p: ParsedFile, size: number, groups: GroupPreview[] = plainGroups(p), conflicts = 0): FilePreview {
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
    groups,
    conflicts,
    duplicates: p.duplicates,
    duplicateNotes: p.duplicateNotes,
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

/** The groups before they are matched against the library. */
export function plainGroups(p: ParsedFile): GroupPreview[] {
  return p.groups.map((g) => {
    const out: GroupPreview = { key: g.key, rows: g.responses.length, duplicates: g.duplicates, targetId: null, conflicts: 0 };
    if (g.title) out.title = g.title;
    if (g.reference) out.reference = g.reference;
    return out;
  });
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? flat.slice(0, EXCERPT - 1) + '…' : flat;
}
