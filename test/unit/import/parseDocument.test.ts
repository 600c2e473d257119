import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../../src/lib/import/issues.ts';
import { parseDocument } from '../../../src/lib/import/parseDocument.ts';

const parse = (text: string, opts = {}) => parseDocument(text, 'svar.pdf', 'pdf', new IssueCollector('svar.pdf'), opts);

describe('parseDocument', () => {
  it.each(['Förslag till beslut', 'Arbetsmarknadsförvaltningens förslag till beslut', 'Stadsdelsförvaltningens förslag till beslut', 'Styrelsens beslut', 'Beslut'])(
    'takes the decision from under the heading %j',
    (heading) => {
      const p = parse(`Till\nKulturnämnden\n\n${heading}\n\nNämnden tillstyrker förslaget.\n\nBakgrund\n\nLång text.`);
      expect(p.responses[0].decision).toBe('Nämnden tillstyrker förslaget.');
    },
  );
  it('keeps the whole text, letterhead and headings included, as the yttrande', () => {
    const text = 'Till\nKulturnämnden\n\nSammanfattning\n\nText.';
    expect(parse(text).responses[0].text).toBe(text);
  });
  it('clears a field the user emptied, and then falls back to nothing, not to the found value', () => {
    const p = parse('Till\nKulturnämnden\n2017-01-02\n\nText.', { document: { date: '' } });
    expect(p.responses[0].date).toBeUndefined();
    expect(p.document?.sources.date).toBe('user');
  });
  it('refuses a document without text', () => {
    expect(() => parse(' \n\n ')).toThrow(expect.objectContaining({ code: 'empty-file', params: { kind: 'document' } }));
  });
});
