import { describe, expect, it } from 'vitest';
import { heatmapMatrix } from '../../../src/lib/aggregate/heatmap.ts';
import { sandlistaStatus } from '../../../src/lib/aggregate/sandlista.ts';
import { rec } from './records.ts';

describe('heatmapMatrix', () => {
  const records = [
    rec({ id: 1, respondent: 'Östermalms stadsdelsnämnd' }),
    rec({ id: 2, respondent: 'Övrig förening', kind: 'ovrig' }),
    rec({ id: 3, respondent: 'Älvsjö stadsdelsnämnd' }),
    rec({ id: 4, respondent: 'Kulturnämnden', themes: { Påverkan: ['opposing', true] }, overall: 'conditional' }),
    rec({ id: 5, respondent: 'Bromma stadsdelsnämnd' }),
    rec({ id: 6, respondent: 'Arbetsmarknadsnämnden', themeOverrides: { Samverkan: 'none' } }),
    rec({ id: 7, respondent: 'Zinkensdamms stadsdelsnämnd' }),
    rec({ id: 8, respondent: 'Åby förening', kind: 'ovrig' }),
  ];
  const m = heatmapMatrix(records, ['Påverkan', 'Samverkan']);

  it('orders rows by kind, then by Swedish name order (å, ä, ö after z)', () =>
    expect(m.rows.map((r) => r.respondent)).toEqual([
      'Bromma stadsdelsnämnd', 'Zinkensdamms stadsdelsnämnd', 'Älvsjö stadsdelsnämnd', 'Östermalms stadsdelsnämnd',
      'Arbetsmarknadsnämnden', 'Kulturnämnden', 'Åby förening', 'Övrig förening',
    ]));

  it('gives one cell per theme in theme order', () => {
    expect(m.themes).toEqual(['Påverkan', 'Samverkan']);
    expect(m.rows.every((r) => r.cells.map((c) => c.theme).join() === 'Påverkan,Samverkan')).toBe(true);
  });

  it('marks explicit, inherited and overridden cells', () => {
    const kultur = m.rows.find((r) => r.responseId === 4)!;
    expect(kultur.cells).toEqual([
      { respondent: 'Kulturnämnden', responseId: 4, theme: 'Påverkan', stance: 'opposing', explicit: true, overridden: false },
      { respondent: 'Kulturnämnden', responseId: 4, theme: 'Samverkan', stance: 'conditional', explicit: false, overridden: true },
    ]);
    const arbets = m.rows.find((r) => r.responseId === 6)!;
    expect(arbets.cells[1]).toMatchObject({ stance: 'none', explicit: true, overridden: true });
  });

  it('breaks name ties by id', () => {
    const twins = heatmapMatrix([rec({ id: 9, respondent: 'A' }), rec({ id: 2, respondent: 'A' })], []);
    expect(twins.rows.map((r) => r.responseId)).toEqual([2, 9]);
  });
});

describe('sandlistaStatus', () => {
  const recipients = ['Kulturnämnden', 'Region Stockholm', 'Storstockholms brandförsvar', 'Idrottsnämnden', 'Trafiknämnden', 'kulturnämnden'];
  const records = [
    rec({ id: 1, respondent: 'Kulturnämnden', stance: 'supporting' }),
    rec({ id: 2, respondent: 'Region Stockholm', stance: 'conditional', jointWith: ['Storstockholms brandförsvar', 'Trafiknämnden'] }),
    rec({ id: 3, respondent: 'Idrottsnämnden', stance: 'none' }),
    rec({ id: 4, respondent: 'Trafiknämnden', stance: 'opposing', overall: 'none' }),
    rec({ id: 5, respondent: 'Hyresgästföreningen', kind: 'ovrig' }),
  ];
  const report = sandlistaStatus(recipients, records);

  it.each([
    ['Kulturnämnden', 'answered', 1, undefined],
    ['Region Stockholm', 'answered', 2, undefined],
    ['Storstockholms brandförsvar', 'joint', 2, 'Region Stockholm'],
    ['Idrottsnämnden', 'abstained', 3, undefined],
    ['Trafiknämnden', 'abstained', 4, undefined],
  ])('gives %s the status %s', (name, status, responseId, via) =>
    expect(report.recipients.find((e) => e.name === name)).toEqual({ name, status, responseId, ...(via ? { via } : {}) }));

  it('lists each recipient once in sändlista order', () =>
    expect(report.recipients.map((e) => e.name)).toEqual(recipients.slice(0, 5)));

  it('marks a recipient without any answer as missing', () =>
    expect(sandlistaStatus(['Valnämnden'], records).recipients).toEqual([{ name: 'Valnämnden', status: 'missing' }]));

  it('lists respondents that were not on the sändlista', () =>
    expect(report.unlisted).toEqual([{ respondent: 'Hyresgästföreningen', responseId: 5 }]));

  it('counts statuses', () => expect(report.counts).toEqual({ answered: 2, joint: 1, abstained: 2, missing: 0 }));
});
