import { describe, expect, it } from 'vitest';
import { backupFileName, exportFileName, slug } from '../../../src/lib/export/fileName.ts';

describe('exportFileName', () => {
  it.each([
    ['Internationell strategi för Stockholms stad', '2026-11-26', 'översikt', 'png', 'internationell-strategi-for-stockholms-stad_oversikt_2026-11-26.png'],
    ['Åtgärdsplan: Älvsjö – Café & Bar', '2026-01-02T10:00:00Z', 'Heatmap', '.SVG', 'atgardsplan-alvsjo-cafe-bar_heatmap_2026-01-02.svg'],
    ['../../etc/passwd', '2026-01-02', 'csv', 'csv', 'etc-passwd_csv_2026-01-02.csv'],
    ['.hidden', '2026-01-02', '', 'txt', 'hidden_2026-01-02.txt'],
    ['', '2026-01-02', 'data', 'csv', 'remissradar_data_2026-01-02.csv'],
    ['???', '', '', 'csv', 'remissradar.csv'],
    ['Straße Øresund Æble', '2026-01-02', 'x', 'png', 'strasse-oresund-aeble_x_2026-01-02.png'],
    ['C:\\Users\\x<y>|z', '2026-01-02', 'a/b', 'md', 'c-users-x-y-z_a-b_2026-01-02.md'],
  ])('%j', (title, date, kind, ext, out) => {
    expect(exportFileName(title, date, kind, ext)).toBe(out);
  });

  it('formats a Date in local time', () => {
    expect(exportFileName('T', new Date(2026, 10, 26, 23, 30), 'k', 'png')).toBe('t_k_2026-11-26.png');
  });

  it('keeps long names within 80 characters, cut at a word', () => {
    const name = exportFileName('Remiss om ' + 'mycket lång titel '.repeat(10), '2026-11-26', 'översikt', 'png');
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^remiss-om-mycket-lang-titel(-[a-z]+)*_oversikt_2026-11-26\.png$/);
    expect(name).not.toMatch(/-_/);
  });

  it.each(['', '...', '/', 'ÅÄÖ', '\u0000'])('never gives an empty, dotted or pathy name for %j', (t) => {
    const n = exportFileName(t, '', '', 'png');
    expect(n).toMatch(/^[a-z0-9][a-z0-9_-]*\.png$/);
  });
});

describe('slug', () => {
  it.each([
    ['Å Ä Ö é ü', 'a-a-o-e-u'],
    ['--a--b--', 'a-b'],
    ['Stadsdelsnämnd', 'stadsdelsnamnd'],
  ])('%j → %j', (s, out) => expect(slug(s)).toBe(out));
});

describe('backupFileName', () => {
  it('names the whole library and one remiss safely', () => {
    expect(backupFileName(new Date(2026, 10, 26))).toBe('remissradar-sakerhetskopia_2026-11-26.json');
    expect(backupFileName('2026-11-26T10:00:00Z', 'Internationell strategi för Stockholms stad')).toBe(
      'internationell-strategi-for-stockholms-stad_sakerhetskopia_2026-11-26.json',
    );
  });
});
