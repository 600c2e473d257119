import { CodedError } from '../domain/message.ts';
import type { Classification, ResponseRecord, Theme } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { DetailsRow, HistoryRow } from './types.ts';
import { splitClassification } from '../domain/classificationParts.ts';
import { detailsRow } from './details.ts';

/** The classifier as reclassify calls it (same arguments the import worker has). */
export type ClassifyFn = (
  text: string,
  decision: string | undefined,
  themeTexts: Record<string, string> | undefined,
  themes: Theme[],
  /** Who answered: lets the classifier tell the respondent's own voice from other bodies'. */
  respondent?: string,
) => Classification;

/**
 * Runs the classifier again over a remiss (after its themes were edited, or a new
 * classifier). Only `classification` changes: overrides and reviewed stay as they are.
 * One transaction, so charts never see half old, half new; texts are read a chunk at a
 * time by primary key so memory stays at one chunk of text.
 * Returns how many records there were and how many changed overall stance.
 */
export function reclassify(
  db: RemissDb,
  consultationId: number,
  fn: ClassifyFn,
  options: { chunkSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ total: number; changed: number }> {
  const size = Math.max(1, options.chunkSize ?? 1000);
  return db.transaction('rw', [db.consultations, db.responses, db.texts, db.details, db.history], async () => {
    const consultation = await db.consultations.get(consultationId);
    if (!consultation) throw new CodedError('db.consultation-gone', { id: consultationId });
    const records = await db.responses.where('consultationId').equals(consultationId).toArray();
    const at = new Date().toISOString();
    let changed = 0;
    for (let i = 0; i < records.length; i += size) {
      const chunk = records.slice(i, i + size);
      const texts = await db.texts.bulkGet(chunk.map((r) => r.id!));
      const events: HistoryRow[] = [];
      const details: DetailsRow[] = [];
      const next: ResponseRecord[] = chunk.map((r, j) => {
        const t = texts[j];
        const split = splitClassification(fn(t?.text ?? '', r.decision, t?.themeTexts, consultation.themes, r.respondent));
        const classification = split.summary;
        details.push(detailsRow(r.id!, consultationId, split.details));
        if (classification.stance !== r.classification.stance) {
          changed++;
          events.push({
            responseId: r.id!,
            consultationId,
            type: 'reclassified',
            at,
            details: { from: r.classification.stance, to: classification.stance },
          });
        }
        return { ...r, classification, updatedAt: at };
      });
      await Promise.all([db.responses.bulkPut(next), db.details.bulkPut(details), events.length ? db.history.bulkAdd(events) : undefined]);
      options.onProgress?.(Math.min(i + size, records.length), records.length);
    }
    return { total: records.length, changed };
  });
}
