import { describe, expect, it } from 'vitest';
import { groupKey, matchGroups, normalizeReference, splitConsultationValue } from '../../../src/lib/import/groups.ts';
import { parse } from './helpers.ts';

const REMISSER = ['Program för ökad jämställdhet', 'Trafikplan för innerstaden', 'Strategi för digitalisering'];
const NAMNDER = ['Kulturnämnden', 'Idrottsnämnden', 'Äldrenämnden', 'Utbildningsnämnden', 'Miljö- och hälsoskyddsnämnden'];

/** One row per (remiss, nämnd): 3 × 5, each nämnd taking a different stance per remiss. */
function diarium(): string {
  const rows = ['Ärende;Nämnd;Yttrande'];
  REMISSER.forEach((r, i) => NAMNDER.forEach((n, j) => rows.push(`${r};${n};${(i + j) % 2 ? 'Nämnden avstyrker.' : 'Nämnden tillstyrker.'} (${i}-${j})`)));
  return rows.join('\n') + '\n';
}

describe('groups: one remiss per remiss in the file', () => {
  it('keeps all 15 rows of a 3-remiss × 5-nämnd file, 5 under each remiss', () => {
    const r = parse(diarium());
    expect(r.goodRows).toBe(15);
    expect(r.duplicates).toBe(0);
    expect(r.groups.map((g) => [g.title, g.responses.length])).toEqual(REMISSER.map((t) => [t, 5]));
    expect(r.groups[1].responses.map((x) => x.text)).toEqual(NAMNDER.map((_, j) => `${(1 + j) % 2 ? 'Nämnden avstyrker.' : 'Nämnden tillstyrker.'} (1-${j})`));
  });

  it('deduplicates only on (remiss, nämnd), counting the duplicates per remiss', () => {
    const r = parse('Remiss;Nämnd;Yttrande\nA;Kulturnämnden;1\nB;Kulturnämnden;2\nA;kulturnämnden;3\nA;Idrottsnämnden;4\n');
    expect(r.groups.map((g) => [g.title, g.duplicates, g.responses.map((x) => x.text)])).toEqual([
      ['A', 1, ['3', '4']],
      ['B', 0, ['2']],
    ]);
    expect(r.duplicates).toBe(1);
    expect(r.duplicateNotes).toEqual([{ group: 'A', respondent: 'kulturnämnden', first: 2, second: 4 }]);
    expect(r.issues.filter((i) => i.code === 'duplicate-respondent')).toEqual([]);
  });

  it('groups by the dnr in the remiss value, and joins a title-only row to the dnr of the same title', () => {
    const r = parse('Ärende;Nämnd;Yttrande\nTrafikplan (KS 2024/0123);A-nämnden;x\nTrafikplan, dnr KS 2024/123;B-nämnden;y\ntrafikplan;C-nämnden;z\nBudget (KS 2024/9);A-nämnden;w\n');
    expect(r.groups.map((g) => [g.title, g.reference, g.responses.length])).toEqual([
      ['Trafikplan', 'KS 2024/0123', 3],
      ['Budget', 'KS 2024/9', 1],
    ]);
  });

  it('never groups by the yttrande’s own Dnr column (one per nämnd in most exports)', () => {
    const r = parse('Nämnd;Dnr;Yttrande\nA-nämnden;1.2-1/2016;x\nB-nämnden;1.2-2/2016;y\n');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0].key).toBe('');
  });

  it('groups JSON records by their remiss key, and records without one under the wrapper', () => {
    const json = JSON.stringify({
      remiss: { titel: 'Trafikplan', diarienummer: 'KS 2024/1' },
      yttranden: [
        { nämnd: 'A-nämnden', yttrande: 'x' },
        { nämnd: 'A-nämnden', yttrande: 'y', remiss: 'Budget 2025' },
        { nämnd: 'B-nämnden', yttrande: 'z' },
      ],
    });
    const r = parse(json, 'y.json');
    expect(r.groups.map((g) => [g.title, g.responses.map((x) => x.text)])).toEqual([
      ['Trafikplan', ['x', 'z']],
      ['Budget 2025', ['y']],
    ]);
  });

  it('groups NDJSON lines the same way and counts duplicates within a remiss', () => {
    const lines = [
      { remiss: 'A', nämnd: 'X-nämnden', yttrande: '1' },
      { remiss: 'B', nämnd: 'X-nämnden', yttrande: '2' },
      { remiss: 'A', nämnd: 'X-nämnden', yttrande: '3' },
    ].map((o) => JSON.stringify(o));
    const r = parse(lines.join('\n'), 'y.ndjson');
    expect(r.groups.map((g) => [g.title, g.responses.map((x) => x.text)])).toEqual([['A', ['3']], ['B', ['2']]]);
    expect(r.duplicates).toBe(1);
  });
});

describe('splitConsultationValue and normalizeReference', () => {
  it.each([
    ['Trafikplan (KS 2024/0123)', 'Trafikplan', 'KS 2024/0123'],
    ['Dnr KS-2016/417 Internationell strategi', 'Internationell strategi', 'KS-2016/417'],
    ['Program för ökad jämställdhet', 'Program för ökad jämställdhet', undefined],
    ['1.2.1-388/2016', '1.2.1-388/2016', '1.2.1-388/2016'],
  ])('%s → title %s, dnr %s', (v, title, reference) => {
    expect(splitConsultationValue(v)).toEqual(reference ? { title, reference } : { title });
  });

  it('compares diarienummer without case, spaces, dashes or leading zeros', () => {
    expect(normalizeReference('KS 2024/0123')).toBe(normalizeReference('ks-2024/123'));
    expect(normalizeReference('Dnr KS 2024/123')).toBe(normalizeReference('KS 2024/123'));
    expect(normalizeReference('KS 2024/123')).not.toBe(normalizeReference('KS 2024/124'));
  });
});

describe('matchGroups', () => {
  const library = [
    { id: 1, title: 'Trafikplan för innerstaden', reference: 'KS 2024/0123' },
    { id: 2, title: 'Program för ökad jämställdhet' },
    { id: 3, title: 'Budget', reference: 'KS 2023/5' },
  ];
  const g = (title?: string, reference?: string) => ({ key: groupKey({ title, reference }), title, reference });

  it('matches by dnr first, then by normalised title, else a new remiss', () => {
    expect(matchGroups([g('Annan titel', 'ks 2024/123'), g('PROGRAM FÖR ÖKAD JÄMSTÄLLDHET!'), g('Helt ny remiss'), g()], library)).toEqual([1, 2, null, null]);
  });

  it('does not merge two remisser that share a title but have different dnr', () => {
    expect(matchGroups([g('Budget', 'KS 2024/5'), g('Budget')], library)).toEqual([null, 3]);
  });

  it('matches 5,000 groups against 5,000 remisser', () => {
    const lib = Array.from({ length: 5000 }, (_, i) => ({ id: i + 1, title: `Remiss ${i}`, reference: `KS 2024/${i}` }));
    const groups = Array.from({ length: 5000 }, (_, i) => g(`Remiss ${4999 - i}`));
    expect(matchGroups(groups, lib)).toEqual(groups.map((_, i) => 5000 - i));
  });
});
