import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, textHash } from '../../../src/lib/db/index.ts';
import { freshDb } from './helpers.ts';

describe('schema', () => {
  it('opens at the current version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['consultations', 'details', 'drafts', 'history', 'importLog', 'overrides', 'responses', 'summaries', 'texts']);
    // The text is never indexed.
    expect(db.texts.schema.indexes.map((i) => i.name)).toEqual(['consultationId']);
    // Nor are the details (evidence, conditions): charts never read them.
    expect(db.details.schema.indexes.map((i) => i.name)).toEqual(['consultationId']);
    expect(db.responses.schema.indexes.map((i) => i.name)).toContain('[consultationId+respondentKey]');
    db.close();
  });

  it('textHash tells texts apart, including by length', () => {
    expect(textHash('abc')).toBe(textHash('abc'));
    expect(textHash('abc')).not.toBe(textHash('abd'));
    expect(textHash('')).not.toBe(textHash('\u0000'));
  });
});
