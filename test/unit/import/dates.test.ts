import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/lib/import/index.ts';
import { findDateInText } from '../../../src/lib/import/dates.ts';

describe('parseDate', () => {
  it.each([
    ['2016-09-20', '2016-09-20'],
    ['2016-9-2', '2016-09-02'],
    ['2016/09/20', '2016-09-20'],
    ['2016-09-20 00:00', '2016-09-20'],
    ['2016-09-20T23:30:00+02:00', '2016-09-20'], // the written date, never shifted to UTC
    ['2016-09-20T23:30:00Z', '2016-09-20'],
    ['20160920', '2016-09-20'],
    ['20/9/2016', '2016-09-20'],
    ['20.9.2016', '2016-09-20'],
    ['20-09-2016', '2016-09-20'],
    ['20 september 2016', '2016-09-20'],
    ['den 20 september 2016', '2016-09-20'],
    ['20 September 2016', '2016-09-20'],
    ['20 sep 2016', '2016-09-20'],
    ['20 sept. 2016', '2016-09-20'],
    ['1 maj 2016', '2016-05-01'],
    ['3 okt 2016', '2016-10-03'],
    ['  20\u00a0september  2016 ', '2016-09-20'],
    ['29/2/2016', '2016-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (input, iso) => {
    expect(parseDate(input)).toEqual({ ok: true, iso });
  });

  it.each(['', '   '])('accepts an empty date (%j) as no date', (input) => {
    expect(parseDate(input)).toEqual({ ok: true, iso: undefined });
  });

  it.each(['2016-13-45', '2016-02-30', '2015-02-29', '1900-02-29', '31/4/2016', '0/1/2016', '32 januari 2016', '20 smarch 2016', 'igår', '2016', '20/9/16', '9999-01-01', '2016-09-20x'])(
    'rejects %j instead of rolling it over',
    (input) => {
      expect(parseDate(input)).toEqual({ ok: false });
    },
  );
});

describe('findDateInText', () => {
  it('finds "den 20 september 2016" inside a sentence', () => {
    expect(findDateInText('Kommunstyrelsen har den 20 september 2016 skickat')).toEqual({ iso: '2016-09-20', raw: '20 september 2016' });
  });
  it('finds an ISO date', () => {
    expect(findDateInText('Datum: 2016-09-21\nText')?.iso).toBe('2016-09-21');
  });
  it('reports an impossible date as null iso', () => {
    expect(findDateInText('den 30 februari 2016')).toEqual({ iso: null, raw: '30 februari 2016' });
  });
  it('does not take digits inside longer numbers as a date', () => {
    expect(findDateInText('Dnr 12016-09-201')).toBeNull();
  });
});
