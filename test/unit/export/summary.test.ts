import { describe, expect, it } from 'vitest';
import type { Consultation, ResponseRecord, Stance } from '../../../src/lib/domain/types.ts';
import { STANCES } from '../../../src/lib/domain/types.ts';
import { buildSummary } from '../../../src/lib/export/summary.ts';
import { STANCE_LABEL } from '../../../src/lib/export/labels.ts';
import { consultation, DETAILS, record } from './fixtures.ts';

const manual = (stance: Stance) => ({ stance, reason: 'r', initials: 'AB', at: '2026-01-01' });
const ev = (text: string, stance: Stance) => [{ start: 0, end: text.length, text, stance }];

const records: ResponseRecord[] = [
  record('Bromma stadsdelsnämnd', 'supporting', { cls: { evidence: ev('Nämnden tillstyrker förslaget.', 'supporting'), themes: { Påverkan: { stance: 'supporting', explicit: true, evidence: [] } } } }),
  record('Östermalms stadsdelsnämnd', 'supporting'),
  record('Zeta AB', 'supporting'),
  record('Kulturnämnden', 'conditional', {
    cls: {
      evidence: ev('Nämnden tillstyrker under förutsättning att medel tillförs.', 'conditional'),
      conditions: [{ theme: null, text: 'att medel tillförs.', start: 0, end: 1 }, { theme: 'påverkan', text: 'att samråd sker', start: 0, end: 1 }],
      themes: { Påverkan: { stance: 'conditional', explicit: true, evidence: [] }, Profilering: { stance: 'opposing', explicit: true, evidence: [] } },
    },
  }),
  record('Exploateringsnämnden', 'opposing', { jointWith: ['Fastighetsnämnden'], cls: { evidence: ev('Nämnderna avstyrker.', 'opposing') } }),
  record('Äldrenämnden', 'opposing', { overrides: { overall: manual('supporting'), themes: { Påverkan: manual('opposing') } }, cls: { evidence: ev('Avstyrker.', 'opposing') } }),
  record('Odd *name* [x]\nwith\tbreaks', 'none'),
  record('- list # start', 'none', { cls: { evidence: ev('Nämnden avstår från att yttra sig.\nRad två.', 'none') } }),
];
const consult: Consultation = { ...consultation, recipients: [...consultation.recipients, 'Trafiknämnden', 'bromma stadsdelsnämnd '] };

/** The lines of the overall section, grouped under their stance heading. */
function overallGroups(text: string, md: boolean): Record<string, string[]> {
  const section = text.split(/\n(?:## )?Remissinstansernas ställningstaganden\n/)[1].split(/\n(?:## )?Synpunkter per inriktning\n/)[0];
  const groups: Record<string, string[]> = {};
  let current = '';
  for (const line of section.split('\n')) {
    const h = (md ? /^### (.+) \(\d+\)$/ : /^(.+) \(\d+\)$/).exec(line);
    if (h) groups[(current = h[1])] = [];
    else if (/^[-–] /.test(line)) groups[current].push(line.slice(2));
    else if (/^\S/.test(line) && current && !h) current = '';
  }
  return groups;
}

describe('buildSummary (text)', () => {
  const text = buildSummary(consult, records, { format: 'text', details: DETAILS });

  it('says who was asked (duplicates on the sändlista once), who answered and who did not', () => {
    expect(text).toContain('Remissen har skickats till 7 remissinstanser. 5 av dem har svarat och 2 har inte svarat (Stockholm Vatten AB och Trafiknämnden).');
    expect(text).toContain('Därutöver har 4 instanser som inte fanns på sändlistan yttrat sig:');
    expect(text).toContain('Sammanlagt har 8 yttranden kommit in, varav 1 gemensamt yttrande.');
    expect(text).toContain('Fördelningen är följande: 4 tillstyrker förslaget, 1 tillstyrker det med villkor, 1 avstyrker det och 2 tar inte ställning till det.');
    expect(text).toMatch(/- list # start och Odd \*name\* \[x\] with breaks har svarat utan att ta ställning i sak\./);
  });

  it('lists every respondent exactly once, in its effective stance group, in Swedish order', () => {
    const g = overallGroups(text, false);
    expect(Object.keys(g)).toEqual(STANCES.map((s) => STANCE_LABEL.sv[s]));
    expect(g['Tillstyrker']).toEqual([
      'Bromma stadsdelsnämnd (citat 1)',
      'Zeta AB',
      'Äldrenämnden (manuellt bedömd)',
      'Östermalms stadsdelsnämnd',
    ]);
    expect(g['Tillstyrker med villkor']).toEqual(['Kulturnämnden (citat 2)']);
    expect(g['Avstyrker']).toEqual(['Exploateringsnämnden och Fastighetsnämnden (gemensamt yttrande) (citat 3)']);
    expect(g['Ingen ställning']).toEqual(['- list # start (citat 4)', 'Odd *name* [x] with breaks']);
    const all = Object.values(g).flat();
    expect(all).toHaveLength(records.length);
  });

  it('lists the conditions of a conditional yttrande under it, each a clean clause, those on an inriktning referred to it', () => {
    const cond = text.split('Tillstyrker med villkor (1)\n\n')[1].split('\n\n')[0];
    expect(cond).toBe('– Kulturnämnden (citat 2)\n    – Villkor: att medel tillförs\n    – Villkor för inriktningen Påverkan: se under inriktningen.');
  });

  it('writes a section per inriktning with only those that discuss it, counted per stance', () => {
    const påverkan = text.split('Inriktning: Påverkan\n')[1].split('\nCitat\n')[0];
    expect(påverkan).toContain('Tillstyrker (1):\n\n– Bromma stadsdelsnämnd\n');
    expect(påverkan).toContain('Tillstyrker med villkor (1):\n\n– Kulturnämnden\n    – Villkor: att samråd sker\n');
    expect(påverkan).toContain('Avstyrker (1):\n\n– Äldrenämnden (manuellt bedömd)\n');
    expect(påverkan).toContain('Övriga 5 yttranden kommenterar inte inriktningen särskilt');
    const profilering = text.split('Inriktning: Profilering\n')[1].split('Inriktning: Påverkan')[0];
    expect(profilering).toContain('Avstyrker (1):\n\n– Kulturnämnden\n');
    expect(profilering).not.toContain('Bromma');
  });

  it('says when an instans takes the other view on an inriktning than on the proposal', () => {
    expect(text).toContain('Kulturnämnden tillstyrker med villkor men avstyrker inriktningen Profilering.');
    expect(text).toContain('Äldrenämnden tillstyrker men avstyrker inriktningen Påverkan.');
  });

  it('ends with the numbered quotes, one line each', () => {
    const quotes = text.split('\nCitat\n-----\n\n')[1].trimEnd().split('\n');
    expect(quotes).toEqual([
      '– [1] Bromma stadsdelsnämnd: ”Nämnden tillstyrker förslaget.”',
      '– [2] Kulturnämnden: ”Nämnden tillstyrker under förutsättning att medel tillförs.”',
      '– [3] Exploateringsnämnden och Fastighetsnämnden (gemensamt yttrande): ”Nämnderna avstyrker.”',
      '– [4] - list # start: ”Nämnden avstår från att yttra sig. Rad två.”',
    ]);
  });

  it('does not cite machine evidence that contradicts a manual stance', () => {
    expect(text).not.toContain('”Avstyrker.”');
  });

  it('prefers the quotes it is given and cuts long ones', () => {
    const q = new Map([[records[1].id!, 'Ö'.repeat(400)]]);
    const t = buildSummary(consult, records, { format: 'text', quotes: q, details: DETAILS });
    expect(t).toMatch(/Östermalms stadsdelsnämnd \(citat \d\)/);
    expect(t).toMatch(/: ”Ö{299}…”/);
  });
});

describe('buildSummary (markdown)', () => {
  const md = buildSummary(consult, records, { format: 'markdown', details: DETAILS });

  it('uses headings and lists, and escapes imported names', () => {
    expect(md.startsWith('# Remissammanställning: Internationell strategi för Stockholms stad (KS 2016/1234)\n')).toBe(true);
    const g = overallGroups(md, true);
    expect(g['Ingen ställning']).toEqual(['\\- list \\# start (citat 4)', 'Odd \\*name\\* \\[x\\] with breaks']);
    expect(Object.values(g).flat()).toHaveLength(records.length);
    expect(md).toContain('## Citat\n\n- \\[1\\] Bromma stadsdelsnämnd: ”Nämnden tillstyrker förslaget.”');
  });
});

describe('buildSummary edge cases', () => {
  it('copes without a sändlista, themes or answers', () => {
    const t = buildSummary({ title: 'Tom remiss', themes: [], recipients: [] }, [], { format: 'text', details: DETAILS });
    expect(t).toContain('Sändlistan finns inte i underlaget');
    expect(t).toContain('Inga yttranden har kommit in.');
    expect(t).not.toContain('Synpunkter per inriktning');
    expect(t.match(/Ingen remissinstans\./g)).toHaveLength(4);
  });
  it('never leaves a name empty', () => {
    const t = buildSummary(consult, [record('  \u200B ', 'supporting')], { format: 'text', details: DETAILS });
    expect(t).toContain('– (namn saknas)');
  });
});

describe('buildSummary conditions', () => {
  const cond = (text: string, theme: string | null = null) => ({ theme, text, start: 0, end: 1 });
  it('names a condition found twice (decision and body) once', () => {
    const r = record('Rådet för funktionshinderfrågor', 'conditional', {
      cls: { conditions: [cond('tillgänglighet skrivs in i strategin;'), cond('Tillgänglighet skrivs in i strategin, och överlämnar tjänsteutlåtandet som svar'), cond('besök planeras i god tid')] },
    });
    const text = buildSummary(consultation, [r], { format: 'text', details: DETAILS });
    expect(text).toContain('– Rådet för funktionshinderfrågor\n    – Villkor: att tillgänglighet skrivs in i strategin\n    – Villkor: att besök planeras i god tid\n\n');
  });
  it('says that the condition is implicit when a conditional yttrande names none', () => {
    const r = record('Kungsholmens stadsdelsnämnd', 'conditional', { cls: { themes: { Påverkan: { stance: 'conditional', explicit: true, evidence: [] } } } });
    const text = buildSummary(consultation, [r], { format: 'text', details: DETAILS });
    expect(text.match(/Villkoret framgår inte uttryckligen\./g)).toHaveLength(2);
  });
  it("refers an inriktning's conditional entry to the general conditions when it has none of its own", () => {
    const r = record('Kulturnämnden', 'conditional', { cls: { conditions: [cond('medel tillförs för arbetet')], themes: { Påverkan: { stance: 'conditional', explicit: true, evidence: [] } } } });
    const text = buildSummary(consultation, [r], { format: 'text', details: DETAILS });
    expect(text.split('Inriktning: Påverkan')[1]).toContain('– Kulturnämnden\n    – Villkoren gäller förslaget i stort (se ovan).');
  });
});
