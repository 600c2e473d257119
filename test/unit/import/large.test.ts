import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { encode1252 } from '../../fixtures/import/generate.ts';
import { planChunk } from '../../../src/lib/db/importPlan.ts';
import { cls } from '../db/helpers.ts';

const ROWS = 200_000;
const name = (i: number) => `Ärendenämnd ${i} för Åsö och Östra Skärgården`;
const text = (i: number) => `Förvaltningen tillstyrker förslaget ${i}; åtgärderna är väl avvägda, särskilt för äldre – ”påverkan” €.`;

function build(bad: (i: number) => boolean): string {
  const rows = ['Nämnd;Yttrande;Datum'];
  for (let i = 0; i < ROWS; i++) rows.push(`${name(i)};"${text(i)}";${bad(i) ? '2016-02-30' : '2016-09-20'}`);
  return rows.join('\r\n') + '\r\n';
}

// Big inputs on a shared 2-core machine: a generous guard, not a timed assertion.
describe('a 200,000-row file', { timeout: 240_000 }, () => {
  it('keeps every å/ä/ö intact (UTF-8) and counts right, a bad date costing only the date', () => {
    const r = parseFile(new TextEncoder().encode(build((i) => i % 1000 === 999)), 'stor.csv');
    expect([r.goodRows, r.badRows, r.issueCount, r.issues.length]).toEqual([ROWS, 0, 200, 100]);
    let k = 0;
    for (let i = 0; i < ROWS; i++) {
      const x = r.responses[k++];
      if ((x.date === undefined) !== (i % 1000 === 999)) throw new Error(`row ${i}: date ${x.date}`);
      if (x.respondent !== name(i) || x.text !== text(i) || x.sourceLine !== i + 2) throw new Error(`row ${i} differs: ${JSON.stringify(x)}`);
    }
    expect(k).toBe(r.responses.length);
    expect(r.issues[99].line).toBe(100 * 1000 + 1);
  });

  it('counts every bad date of a Windows-1252 file but keeps only 100 issues', () => {
    const r = parseFile(encode1252(build(() => true)), 'stor.csv');
    expect(r.encoding).toBe('windows-1252');
    expect([r.goodRows, r.badRows, r.issueCount, r.issues.length]).toEqual([ROWS, 0, ROWS, 100]);
    expect(r.issues[0]).toEqual({ file: 'stor.csv', line: 2, column: 'Datum', code: 'invalid-date', severity: 'warning', params: { value: '2016-02-30' } });
  });
});

describe('a 200,000-row diarium export of 5,000 remisser (~30 MB)', { timeout: 240_000 }, () => {
  const REMISSER = 5000;
  const PER = 40;
  const remiss = (k: number) => `Remiss nummer ${k} om stadens utveckling (KS 2024/${k + 1})`;
  const said = (k: number, j: number) => `Nämnden ${(k + j) % 3 ? 'tillstyrker' : 'avstyrker'} remiss ${k}, förvaltningen har tagit del av underlaget och lämnar synpunkter om genomförandet.`;

  it('keeps every row under its own remiss and plans them without a collision', () => {
    const rows = ['Ärende;Nämnd;Datum;Yttrande'];
    // Interleaved, as a diarium lists by date: remiss k's rows are spread over the file.
    for (let j = 0; j < PER; j++) for (let k = 0; k < REMISSER; k++) rows.push(`${remiss(k)};Nämnd ${j};2024-05-0${1 + (j % 9)};${said(k, j)}`);
    const bytes = new TextEncoder().encode(rows.join('\n') + '\n');
    expect(bytes.byteLength).toBeGreaterThan(30_000_000);
    const r = parseFile(bytes, 'diarium.csv');
    expect([r.goodRows, r.badRows, r.duplicates, r.groups.length]).toEqual([REMISSER * PER, 0, 0, REMISSER]);
    for (let k = 0; k < REMISSER; k += 499) {
      const g = r.groups[k];
      expect([g.title, g.reference, g.responses.length]).toEqual([remiss(k).replace(/ \(KS.*$/, ''), `KS 2024/${k + 1}`, PER]);
      expect(g.responses[7].text).toBe(said(k, 7));
    }
    // The pure storage plan: one record per (remiss, nämnd), none overwriting another
    // (the first 1,000 remisser: planning is per row, so a part shows what the whole does).
    const items = r.groups.slice(0, 1000).flatMap((g, gi) => g.responses.map((response) => ({ response, classification: cls(response.text.includes('avstyrker') ? 'opposing' : 'supporting'), group: gi })));
    const plan = planChunk(items, new Map(), { consultationId: 1, groupIds: r.groups.map((_, i) => i + 1), file: 'diarium.csv', at: '2024-06-01T00:00:00Z' });
    expect([plan.added, plan.changed, plan.records.length, plan.byConsultation.size]).toEqual([1000 * PER, 0, 1000 * PER, 1000]);
    expect(new Set(plan.records.map((x) => `${x.consultationId}/${x.respondentKey}`)).size).toBe(1000 * PER);
  });
});
