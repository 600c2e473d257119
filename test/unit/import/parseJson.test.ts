import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { tooDeep } from '../../../src/lib/import/jsonSafe.ts';
import { fixture, parse, rejection } from './helpers.ts';

const json = (v: unknown, name = 'svar.json') => parse(JSON.stringify(v), name);

describe('JSON shapes', () => {
  it('reads an array of response objects with English keys', () => {
    const r = json([{ respondent: 'Kulturnämnden', text: 'Bra.', date: '2016-09-20', reference: 'KUN 1', decision: 'Tillstyrker.', stance: 'supporting', kind: 'facknämnd' }]);
    expect(r.format).toBe('json');
    expect(r.responses).toEqual([
      { respondent: 'Kulturnämnden', respondentKind: 'facknamnd', text: 'Bra.', date: '2016-09-20', reference: 'KUN 1', decision: 'Tillstyrker.', importedStance: 'supporting', sourceFile: 'svar.json', sourceLine: 1 },
    ]);
  });

  it('reads the {consultation, responses} wrapper with themes and recipients', () => {
    const r = json({
      consultation: { title: 'Strategi', reference: 'KS 2016/1', deadline: '2016-09-30', themes: [{ name: 'Påverkan', keywords: ['påverka'] }], recipients: ['A', 'B'] },
      responses: [{ respondent: 'A-nämnden', text: 'x', Påverkan: 'Bra.' }],
    });
    expect(r.consultation).toEqual({ title: 'Strategi', reference: 'KS 2016/1', deadline: '2016-09-30', themes: [{ name: 'Påverkan', keywords: ['påverka'] }], recipients: ['A', 'B'] });
    expect(r.responses[0].themeTexts).toEqual({ Påverkan: 'Bra.' });
  });

  it('reads the Swedish {remiss, yttranden} wrapper with Swedish keys', () => {
    const r = parseFile(fixture('swedish-wrapper.json'), 'swedish-wrapper.json');
    expect(r.consultation).toMatchObject({ title: 'Internationell strategi för Stockholms stad', reference: 'KS 2016/1234', deadline: '2016-09-30', recipients: ['Kulturnämnden', 'Södermalms stadsdelsnämnd', 'Stockholms Stadshus AB'] });
    expect(r.consultation?.themes?.map((t) => t.name)).toEqual(['Profilering', 'Omvärldsbevakning', 'Samverkan', 'Påverkan']);
    expect(r.responses.map((x) => [x.respondent, x.date, x.importedStance, x.respondentKind])).toEqual([
      ['Kulturnämnden', '2016-09-20', 'supporting', 'facknamnd'],
      ['Södermalms stadsdelsnämnd', '2016-09-21', undefined, 'stadsdelsnamnd'],
      ['Stockholms Stadshus AB', undefined, 'none', 'bolagsstyrelse'],
    ]);
    expect(r.responses[0]).toMatchObject({ reference: 'KUN 2016/12', decision: 'Nämnden tillstyrker förslaget.', themeTexts: { Påverkan: 'Påverkansarbetet är viktigt.' } });
    expect(r.issueCount).toBe(0);
  });

  it('reads a single response object as one response', () => {
    expect(json({ nämnd: 'A-nämnden', yttrande: 'Bra.' }).responses).toHaveLength(1);
  });

  it('accepts a wrapper with only a remiss (its themes) and no responses', () => {
    const r = json({ remiss: { titel: 'X', inriktningar: ['Samverkan'] } });
    expect(r.consultation).toEqual({ title: 'X', themes: [{ name: 'Samverkan', keywords: [] }] });
    expect(r.responses).toEqual([]);
  });

  it('lists unknown keys in unknownColumns and reports each once', () => {
    const r = json([
      { nämnd: 'A', yttrande: 'B', id: 7, kommentar: 'x' },
      { nämnd: 'C', yttrande: 'D', id: 8 },
    ]);
    expect(r.unknownColumns).toEqual(['id', 'kommentar']);
    expect(r.issues.map((i) => [i.code, i.record, i.column])).toEqual([
      ['unknown-field', 1, 'id'],
      ['unknown-field', 1, 'kommentar'],
    ]);
  });

  it('keeps the first of two keys for the same field and reports the other', () => {
    const r = json([{ nämnd: 'A', respondent: 'B', yttrande: 'x' }]);
    expect(r.responses[0].respondent).toBe('A');
    expect(r.duplicateHeaders).toEqual(['respondent']);
    expect(r.issues[0]).toMatchObject({ code: 'duplicate-field', record: 1, column: 'respondent' });
  });
});

describe('JSON rejections', () => {
  it.each([
    ['scalar.json', 'json-shape', { type: 'number' }],
    ['string.json', 'json-shape', { type: 'string' }],
    ['null.json', 'json-shape', { type: 'null' }],
    ['empty-array.json', 'no-rows', { kind: 'empty-list' }],
    ['empty-object.json', 'no-rows', { kind: 'empty-object' }],
    ['deep.json', 'json-too-deep', { max: 32 }],
  ])('%s → %s, naming the file', (name, code, params) => {
    const e = rejection(() => parseFile(fixture(name), name));
    expect([e.code, e.file, e.params]).toEqual([code, name, params]);
  });

  it('rejects invalid JSON with the line and column of the fault', () => {
    const e = rejection(() => parse('[\n  {"nämnd": "A",\n   "yttrande": "B",}\n]', 'svar.json'));
    expect(e.code).toBe('invalid-json');
    expect(e.params).toMatchObject({ kind: 'at', line: 3, column: expect.any(Number), near: expect.any(String) });
  });

  it('checks depth on the raw string, ignoring brackets inside strings', () => {
    expect(tooDeep('[' + '"[[[[",'.repeat(100) + '1]', 2)).toBe(false);
    expect(tooDeep('{"a":"\\"[[["}', 1)).toBe(false);
    expect(tooDeep('[[[1]]]', 2)).toBe(true);
    expect(tooDeep('['.repeat(1_000_000))).toBe(true);
  });
});

describe('JSON hostility', () => {
  it('ignores __proto__/constructor/prototype keys and treats such names as plain names', () => {
    const r = parseFile(fixture('proto.json'), 'proto.json');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(r.responses.map((x) => x.respondent)).toEqual(['constructor', '__proto__', 'prototype', 'hasOwnProperty']);
    expect(r.responses[2].themeTexts).toEqual({ Påverkan: 'Bra.' });
    expect(Object.getPrototypeOf(r.responses[2].themeTexts)).toBeNull();
    expect(r.consultation).toEqual({ title: 'Internationell strategi för Stockholms stad', themes: [{ name: 'Påverkan', keywords: ['påverkan', 'påverka'] }] });
    expect(r.issues.every((i) => i.code === 'ignored-key' && i.severity === 'warning')).toBe(true);
    expect(r.issues.map((i) => i.column)).toContain('__proto__');
    for (const x of r.responses) expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
  });

  it('reports wrong-typed fields as row errors, never as "[object Object]"', () => {
    const r = parseFile(fixture('wrong-types.json'), 'wrong-types.json');
    expect(r.responses.map((x) => [x.respondent, x.reference, x.date])).toEqual([
      ['Alfanämnden', '12345', '2016-09-20'],
      ['Epsilonnämnden', undefined, '2016-09-20'],
    ]);
    expect(r.issues.map((i) => [i.code, i.record, i.column])).toEqual([
      ['wrong-type', 2, 'nämnd'],
      ['missing-respondent', 2, 'respondent'],
      ['wrong-type', 3, 'yttrande'],
      ['empty-text', 3, 'text'],
      ['wrong-type', 4, 'beslut'],
      ['wrong-type', 5, 'nämnd'],
      ['missing-respondent', 5, 'respondent'],
      ['wrong-type', 7, 'yttrande'],
      ['empty-text', 7, 'text'],
      ['not-an-object', 8, undefined],
      ['not-an-object', 9, undefined],
    ]);
    expect(r.issues[0]).toEqual({ file: 'wrong-types.json', record: 2, column: 'nämnd', code: 'wrong-type', severity: 'error', params: { type: 'object' } });
    expect(r.issues.slice(-2).map((i) => i.params)).toEqual([{ type: expect.any(String) }, { type: expect.any(String) }]);
    expect(JSON.stringify(r)).not.toContain('[object Object]');
    expect([r.goodRows, r.badRows]).toEqual([2, 7]);
  });
});

describe('NDJSON', () => {
  it('reads one object a line and reports the broken line, keeping the rest', () => {
    const r = parseFile(fixture('broken-line.ndjson'), 'broken-line.ndjson');
    expect(r.format).toBe('ndjson');
    expect(r.responses.map((x) => [x.respondent, x.sourceLine])).toEqual([
      ['Alfanämnden', 1],
      ['Gammanämnden', 3],
      ['Deltanämnden', 5],
    ]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid-json-line', line: 2, record: 2, severity: 'error' })]);
    expect(r.issues[0]).toMatchObject({ file: 'broken-line.ndjson', params: { kind: 'syntax' } });
    expect([r.goodRows, r.badRows]).toEqual([3, 1]);
  });

  it('recognises NDJSON in a .json file when the whole file is not one JSON value', () => {
    const r = parse('{"nämnd":"A","yttrande":"x"}\n{"nämnd":"B","yttrande":"y"}\n', 'svar.json');
    expect(r.format).toBe('ndjson');
    expect(r.responses).toHaveLength(2);
  });

  it('takes a first line {"remiss": {…}} as the remiss', () => {
    const r = parse('{"remiss":{"titel":"X"}}\n{"nämnd":"B","yttrande":"y"}\n', 'svar.ndjson');
    expect(r.consultation).toEqual({ title: 'X' });
    expect(r.responses[0].sourceLine).toBe(2);
  });

  it('reports a too deep line without parsing it', () => {
    const r = parse('{"nämnd":"A","yttrande":"x"}\n' + '['.repeat(5000) + '\n', 'svar.ndjson');
    expect(r.issues[0]).toMatchObject({ code: 'invalid-json-line', line: 2 });
    expect(r.issues[0].params).toMatchObject({ kind: 'too-deep', max: 32 });
  });
});
