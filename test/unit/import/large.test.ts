import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { encode1252 } from '../../fixtures/import/generate.ts';

const ROWS = 200_000;
const name = (i: number) => `Ärendenämnd ${i} för Åsö och Östra Skärgården`;
const text = (i: number) => `Förvaltningen tillstyrker förslaget ${i}; åtgärderna är väl avvägda, särskilt för äldre – ”påverkan” €.`;

function build(bad: (i: number) => boolean): string {
  const rows = ['Nämnd;Yttrande;Datum'];
  for (let i = 0; i < ROWS; i++) rows.push(`${name(i)};"${text(i)}";${bad(i) ? '2016-02-30' : '2016-09-20'}`);
  return rows.join('\r\n') + '\r\n';
}

describe('a 200,000-row file', () => {
  it('keeps every å/ä/ö intact (UTF-8) and counts right', () => {
    const r = parseFile(new TextEncoder().encode(build((i) => i % 1000 === 999)), 'stor.csv');
    expect([r.goodRows, r.badRows, r.issueCount, r.issues.length]).toEqual([ROWS - 200, 200, 200, 100]);
    let k = 0;
    for (let i = 0; i < ROWS; i++) {
      if (i % 1000 === 999) continue;
      const x = r.responses[k++];
      if (x.respondent !== name(i) || x.text !== text(i) || x.sourceLine !== i + 2) throw new Error(`row ${i} differs: ${JSON.stringify(x)}`);
    }
    expect(k).toBe(r.responses.length);
    expect(r.issues[99].line).toBe(100 * 1000 + 1);
  });

  it('counts every bad row of a Windows-1252 file but keeps only 100 issues', () => {
    const r = parseFile(encode1252(build(() => true)), 'stor.csv');
    expect(r.encoding).toBe('windows-1252');
    expect([r.goodRows, r.badRows, r.issueCount, r.issues.length]).toEqual([0, ROWS, ROWS, 100]);
    expect(r.issues[0].message).toBe('stor.csv, rad 2, kolumn "Datum": ogiltigt datum "2016-02-30".');
  });
});
