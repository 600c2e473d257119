import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSandlistaCsv,
  buildYttrandenCsv,
  encodeCp1252,
  type SampleFile,
} from '../../../src/cli/buildSample.ts';
import { STANCES, type Stance } from '../../../src/lib/domain/types.ts';

const dir = resolve(import.meta.dirname, '../../../data/sample');
const read = (name: string): Buffer => readFileSync(resolve(dir, name));

interface GoldEntry {
  respondent: string;
  stance: Stance;
  themes: Record<string, Stance>;
  explicitThemes: string[];
  notes: string;
}

const data = JSON.parse(read('remiss.json').toString('utf8')) as SampleFile;
const gold = JSON.parse(read('gold.json').toString('utf8')) as GoldEntry[];
const themeNames = data.consultation.themes.map((t) => t.name);

/** Windows-1252 0x80..0x9F, written out here so the test does not trust the encoder it checks. */
const CP1252_80_9F = [
  '€', null, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', null, 'Ž', null,
  null, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', null, 'ž', 'Ÿ',
];

function decodeCp1252(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) {
      const ch = CP1252_80_9F[b - 0x80];
      if (ch === null) throw new Error(`byte 0x${b.toString(16)} is undefined in Windows-1252`);
      s += ch;
    } else {
      s += String.fromCharCode(b);
    }
  }
  return s;
}

/** A small RFC 4180 reader that also reports every record terminator it met outside quotes. */
function parseCsv(text: string, delimiter = ';'): { rows: string[][]; terminators: string[] } {
  const rows: string[][] = [];
  const terminators: string[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        cell += c;
        i++;
      }
    } else if (c === '"' && cell === '') {
      quoted = true;
      i++;
    } else if (c === delimiter) {
      row.push(cell);
      cell = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      const term = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c;
      terminators.push(term);
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += term.length;
    } else {
      cell += c;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return { rows, terminators };
}

const byteLength = (s: string): number => new TextEncoder().encode(s).length;
const countKind = (k: string): number => data.responses.filter((r) => r.kind === k).length;

describe('sample remiss: remiss.json', () => {
  it('parses as the wrapper format with the four themes', () => {
    expect(data.consultation.title).toBe('Internationell strategi för Stockholms stad');
    expect(data.consultation.reference).toMatch(/^KS 2016\/\d{4}$/);
    expect(data.consultation.deadline).toBe('2016-10-14');
    expect(themeNames).toEqual(['Profilering', 'Omvärldsbevakning', 'Samverkan', 'Påverkan']);
    for (const t of data.consultation.themes) {
      expect(t.keywords.length).toBeGreaterThanOrEqual(5);
      expect(new Set(t.keywords.map((k) => k.toLowerCase())).size).toBe(t.keywords.length);
    }
  });

  it('has at least 44 responses of the required kinds', () => {
    expect(data.responses.length).toBeGreaterThanOrEqual(44);
    expect(countKind('stadsdelsnamnd')).toBe(14);
    expect(countKind('facknamnd')).toBeGreaterThanOrEqual(16);
    expect(countKind('bolagsstyrelse')).toBeGreaterThanOrEqual(9);
    expect(countKind('ovrig')).toBeGreaterThanOrEqual(2);
    const areas = [
      'Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma', 'Kungsholmen', 'Norrmalm',
      'Östermalm', 'Södermalm', 'Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Älvsjö',
      'Hägersten-Liljeholmen', 'Skärholmen',
    ];
    const sdn = data.responses.filter((r) => r.kind === 'stadsdelsnamnd').map((r) => r.respondent);
    for (const a of areas) expect(sdn.filter((n) => n.startsWith(a)), a).toHaveLength(1);
  });

  it('names every respondent once', () => {
    const names = data.responses.map((r) => r.respondent);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps every text between 1 and 6 KB and the decision inside the text', () => {
    for (const r of data.responses) {
      const n = byteLength(r.text);
      expect(n, r.respondent).toBeGreaterThanOrEqual(1000);
      expect(n, r.respondent).toBeLessThanOrEqual(6200);
      expect(r.decision.length, r.respondent).toBeGreaterThan(20);
      expect(r.text.includes(r.decision), r.respondent).toBe(true);
      expect(r.reference, r.respondent).not.toBe('');
    }
    const sizes = data.responses.map((r) => byteLength(r.text));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeGreaterThan(3500);
  });

  it('dates every yttrande in September or October 2016, as its header says', () => {
    const months = ['september', 'oktober'];
    for (const r of data.responses) {
      expect(r.date, r.respondent).toMatch(/^2016-(09|10)-\d{2}$/);
      const [, m, d] = r.date.split('-');
      expect(r.text, r.respondent).toContain(`den ${Number(d)} ${months[Number(m) - 9]} 2016`);
    }
  });

  it('has a joint answer that says it is joint', () => {
    const joint = data.responses.filter((r) => r.jointWith && r.jointWith.length > 0);
    expect(joint.length).toBeGreaterThanOrEqual(1);
    for (const r of joint) expect(r.text.toLowerCase()).toContain('gemensamt yttrande');
  });

  it('has a sändlista with every respondent, every joint partner and at least 3 who did not answer', () => {
    const recipients = new Set(data.consultation.recipients);
    expect(recipients.size).toBe(data.consultation.recipients.length);
    const answered = new Set<string>();
    for (const r of data.responses) {
      answered.add(r.respondent);
      for (const j of r.jointWith ?? []) answered.add(j);
    }
    for (const name of answered) expect(recipients.has(name), name).toBe(true);
    const silent = [...recipients].filter((n) => !answered.has(n));
    expect(silent.length).toBeGreaterThanOrEqual(3);
    expect(silent.length).toBeLessThanOrEqual(5);
  });
});

describe('sample remiss: gold.json', () => {
  it('covers every response exactly once', () => {
    const names = gold.map((g) => g.respondent).sort();
    expect(names).toEqual(data.responses.map((r) => r.respondent).sort());
  });

  it('labels every theme, inherits the overall stance for non-explicit themes', () => {
    for (const g of gold) {
      expect(STANCES).toContain(g.stance);
      expect(Object.keys(g.themes).sort(), g.respondent).toEqual([...themeNames].sort());
      for (const t of g.explicitThemes) expect(themeNames, g.respondent).toContain(t);
      for (const t of themeNames) {
        expect(STANCES).toContain(g.themes[t]);
        if (!g.explicitThemes.includes(t)) expect(g.themes[t], `${g.respondent}/${t}`).toBe(g.stance);
      }
      expect(g.notes.length, g.respondent).toBeGreaterThan(10);
    }
  });

  it('mentions each explicit theme in the text by one of its keywords', () => {
    const texts = new Map(data.responses.map((r) => [r.respondent, r.text.toLowerCase()]));
    for (const g of gold) {
      const text = texts.get(g.respondent) ?? '';
      for (const t of g.explicitThemes) {
        const kws = data.consultation.themes.find((x) => x.name === t)?.keywords ?? [];
        expect(kws.some((k) => text.includes(k.toLowerCase())), `${g.respondent}/${t}`).toBe(true);
      }
    }
  });

  it('has a stance mix within 8 points of 55/25/10/10', () => {
    const target: Record<Stance, number> = { supporting: 55, conditional: 25, opposing: 10, none: 10 };
    for (const s of STANCES) {
      const pct = (100 * gold.filter((g) => g.stance === s).length) / gold.length;
      expect(Math.abs(pct - target[s]), s).toBeLessThanOrEqual(8);
    }
  });

  it('has at least 15 yttranden whose explicit theme stance differs from the overall one', () => {
    const differing = gold.filter((g) => g.explicitThemes.some((t) => g.themes[t] !== g.stance));
    expect(differing.length).toBeGreaterThanOrEqual(15);
  });
});

describe('sample remiss: yttranden.csv', () => {
  const bytes = new Uint8Array(read('yttranden.csv'));
  const text = decodeCp1252(bytes);

  it('has no BOM or UTF-8 multibyte sequences', () => {
    expect([bytes[0], bytes[1], bytes[2]]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(text.includes('ï»¿')).toBe(false);
    // å/ä/ö encoded as UTF-8 would decode to Ã¥, Ã¤, Ã¶ here.
    expect(/Ã[¥¤¶…„–]/.test(text)).toBe(false);
    expect(text).toContain('Förslag till beslut');
  });

  it('ends every record with CRLF and keeps LF only inside quoted cells', () => {
    const { rows, terminators } = parseCsv(text);
    expect(terminators.length).toBe(rows.length);
    expect(terminators.every((t) => t === '\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.includes('\r\n\r\n')).toBe(false);
  });

  it('decodes to exactly the texts of remiss.json', () => {
    const { rows } = parseCsv(text);
    expect(rows[0]).toEqual(['Remissinstans', 'Typ', 'Datum', 'Dnr', 'Förslag till beslut', 'Yttrande']);
    expect(rows.length - 1).toBe(data.responses.length);
    data.responses.forEach((r, i) => {
      const row = rows[i + 1];
      expect(row).toHaveLength(6);
      expect(row[0]).toBe(r.respondent);
      expect(row[2]).toBe(r.date);
      expect(row[3]).toBe(r.reference);
      expect(row[4]).toBe(r.decision);
      expect(row[5]).toBe(r.text);
    });
  });

  it('uses Windows-1252 bytes above 0x7F (not only ASCII) and no undefined bytes', () => {
    expect(bytes.some((b) => b === 0xe5 || b === 0xe4 || b === 0xf6)).toBe(true);
    expect(bytes.some((b) => b === 0x96)).toBe(true); // – (en dash)
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(bytes.includes(b)).toBe(false);
  });

  it('is what src/cli/buildSample.ts writes from remiss.json (not stale)', () => {
    expect(Buffer.from(encodeCp1252(buildYttrandenCsv(data))).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('sample remiss: sandlista.csv', () => {
  const bytes = read('sandlista.csv');

  it('is UTF-8 with BOM, one column, CRLF, and equal to the recipients', () => {
    expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const { rows, terminators } = parseCsv(text);
    expect(terminators.every((t) => t === '\r\n')).toBe(true);
    expect(rows[0]).toEqual(['Remissinstans']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(data.consultation.recipients);
    expect(text).toBe(buildSandlistaCsv(data));
  });
});

describe('buildSample: encodeCp1252', () => {
  it('round-trips Swedish text and refuses characters outside Windows-1252', () => {
    const s = 'Åsa tillstyrker ”förslaget” – även € och é';
    expect(decodeCp1252(encodeCp1252(s))).toBe(s);
    expect(() => encodeCp1252('≥ 5')).toThrow(/Windows-1252/);
    expect(() => encodeCp1252('🙂')).toThrow(/Windows-1252/);
  });
});
