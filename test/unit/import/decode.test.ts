import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/import/index.ts';
import { decodeWindows1252, toNfc } from '../../../src/lib/import/decode.ts';
import { encode1252, encodeUtf16 } from '../../fixtures/import/generate.ts';

/** What Chromium/Firefox give for cp1252 bytes 0x80–0x9F (WHATWG index). */
const BROWSER_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const SAMPLE = 'Nämnd: Östermalms stadsdelsnämnd – ”påverkan” € 5 ‘ok’';

describe('decode: encoding detection', () => {
  it.each([
    ['UTF-8 without BOM', new TextEncoder().encode(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), 'utf-8'],
    ['UTF-16LE with BOM', encodeUtf16(SAMPLE, false), 'utf-16le'],
    ['UTF-16BE with BOM', encodeUtf16(SAMPLE, true), 'utf-16be'],
    ['Windows-1252 (invalid UTF-8)', encode1252(SAMPLE), 'windows-1252'],
  ] as const)('detects %s and gives the same text without a BOM', (_, bytes, encoding) => {
    const r = decode(bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.text).toBe(SAMPLE);
  });

  it('keeps Windows-1252 for a cp1252 file even if it contains one UTF-8-looking pair', () => {
    const bytes = Uint8Array.from([...encode1252('Åsa, Öland, Äng, ”x” '), 0xc3, 0xa4]);
    expect(decode(bytes).encoding).toBe('windows-1252');
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decode(new TextEncoder().encode('Namnd;Text')).encoding).toBe('utf-8');
  });

  it('decodes an empty file to an empty string', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('decode: Windows-1252', () => {
  it('maps 0x80–0x9F like browsers do, not to C1 controls as Node does', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(bytes)).toBe(BROWSER_80_9F);
  });

  it('maps 0x00–0x7F and 0xA0–0xFF to the same code point (Latin-1)', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(bytes);
    for (let i = 0; i < 256; i++) if (i < 0x80 || i >= 0xa0) expect(text.charCodeAt(i)).toBe(i);
  });

  it('decodes files larger than one chunk without losing or duplicating characters', () => {
    const s = 'åäö ÅÄÖ – € ”'.repeat(5000); // 65,000 bytes: several 8 KiB chunks, odd boundary
    expect(decodeWindows1252(encode1252(s))).toBe(s);
  });

  it('lets the user force an encoding (UTF-8 bytes read as Windows-1252 give mojibake, as chosen)', () => {
    const r = decode(new TextEncoder().encode('ä'), 'windows-1252');
    expect(r).toEqual({ text: 'Ã¤', encoding: 'windows-1252' });
  });

  it('strips a BOM even when the user forces an encoding', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]);
    expect(decode(bytes, 'utf-8').text).toBe('A');
    expect(decode(encodeUtf16('A', false), 'utf-16le').text).toBe('A');
  });
});

describe('decode: normalisation', () => {
  it('returns NFC text (a + combining diaeresis becomes ä)', () => {
    const r = decode(new TextEncoder().encode('Na\u0308mnd'));
    expect(r.text).toBe('Nämnd');
  });

  it('skips normalising only text that NFC leaves as it is: every pair of the characters it trusts is NFC', () => {
    const trusted: string[] = [];
    for (const [from, to] of [[0x0000, 0x02ff], [0x2002, 0x206f], [0x20a0, 0x20cf]])
      for (let c = from; c <= to; c++) trusted.push(String.fromCharCode(c));
    const changed: string[] = [];
    for (const a of trusted) {
      if (a.normalize('NFC') !== a) changed.push(a);
      for (const b of trusted) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });

  it('normalises whatever holds a character outside that set (a combining mark, a quad, an ohm sign, Hangul)', () => {
    for (const s of ['Na\u0308mnd', 'A\u2000B', '5 \u2126', '\u1100\u1161', 'e\u0301 – ”citat”'])
      expect(toNfc(s)).toBe(s.normalize('NFC'));
    expect(toNfc('Nämnd – ”citat” 100 €')).toBe('Nämnd – ”citat” 100 €');
  });

  it('never produces U+FFFD for valid input in any supported encoding', () => {
    for (const bytes of [encode1252(SAMPLE), encodeUtf16(SAMPLE, true), new TextEncoder().encode(SAMPLE)])
      expect(decode(bytes).text).not.toContain('\uFFFD');
  });
});
