import { describe, expect, it } from 'vitest';
import { parseDraft, renderDraft, type DraftBlock } from '../../../src/lib/export/draftBlocks.ts';
import { summaryBlocks } from '../../../src/lib/export/summary.ts';
import { sampleRemiss } from '../sampleRecords.ts';

const blocks: DraftBlock[] = [
  { kind: 'heading', level: 1, text: 'Remissammanställning: Strategi X (KS 2016/1)' },
  { kind: 'para', text: 'Remissen har skickats till 3 remissinstanser.' },
  { kind: 'heading', level: 2, text: 'Remissinstansernas ställningstaganden' },
  { kind: 'heading', level: 3, text: 'Tillstyrker med villkor (1)' },
  { kind: 'list', items: [{ text: 'Kulturnämnden (citat 1)', sub: ['Villkor: att medel tillförs', 'Villkoret framgår inte uttryckligen.'] }, { text: '*Stiftelsen* [x]' }] },
  { kind: 'quote', text: '”Nämnden tillstyrker.”' },
  { kind: 'para', text: 'Tillstyrker (2):' },
];

describe('renderDraft and parseDraft', () => {
  it.each(['text', 'markdown'] as const)('read back what they write (%s)', (format) => {
    expect(parseDraft(renderDraft(blocks, format), format)).toEqual(blocks);
  });
  it.each(['text', 'markdown'] as const)('read back the whole sample remissammanställning (%s)', (format) => {
    const { consultation, records, details } = sampleRemiss();
    const b = summaryBlocks(consultation, records, { details });
    expect(parseDraft(renderDraft(b, format), format)).toEqual(b);
  });
  it('underlines headings in text and escapes imported names in Markdown', () => {
    expect(renderDraft(blocks.slice(0, 1), 'text')).toBe('Remissammanställning: Strategi X (KS 2016/1)\n============================================\n');
    expect(renderDraft([blocks[4]], 'markdown')).toContain('- \\*Stiftelsen\\* \\[x\\]');
  });
  it('keeps text a person added as paragraphs, losing nothing', () => {
    const edited = renderDraft(blocks, 'text') + '\nEn mening som handläggaren lagt till. Och en till\nsom fortsätter.\n';
    const back = parseDraft(edited, 'text');
    expect(back.at(-1)).toEqual({ kind: 'para', text: 'En mening som handläggaren lagt till. Och en till som fortsätter.' });
  });
});
