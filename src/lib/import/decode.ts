/**
 * Bytes → text. The whole file is decoded once (never in chunks: papaparse's own chunked
 * reading splits å/ä/ö into U+FFFD) and normalised to NFC so that "ä" typed on a Mac
 * (a + combining diaeresis) and on Windows compare equal.
 */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

/** Every encoding a person can choose in the preview. */
export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh'];

/**
 * Mac OS Roman bytes 0x80–0xFF (what Excel for Mac writes as "CSV (Macintosh)"), as
 * WHATWG's "macintosh" decodes them (0xDB is the euro sign).
 */
const HIGH_MAC =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

const TABLE_MAC: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) t[i] = i < 0x80 ? i : HIGH_MAC.charCodeAt(i - 0x80);
  return t;
})();

/** Swedish letters as each single-byte encoding writes them: å ä ö Å Ä Ö é. */
const SWEDISH_MAC = new Set([0x8c, 0x8a, 0x9a, 0x81, 0x80, 0x85, 0x8e]);
const SWEDISH_1252 = new Set([0xe5, 0xe4, 0xf6, 0xc5, 0xc4, 0xd6, 0xe9]);

/** Not UTF-8: Mac Roman when its Swedish letters outnumber Windows-1252's. */
export function guessSingleByte(bytes: Uint8Array): 'windows-1252' | 'macintosh' {
  let mac = 0;
  let win = 0;
  const n = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (SWEDISH_MAC.has(b)) mac++;
    else if (SWEDISH_1252.has(b)) win++;
  }
  return mac > win ? 'macintosh' : 'windows-1252';
}

/**
 * UTF-16 without a byte-order mark: text of mostly Latin letters has a NUL in every other
 * byte, at odd offsets (little-endian) or even ones (big-endian). Null when it is not.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > 0.3 * half && even < 0.02 * half) return 'utf-16le';
  if (even > 0.3 * half && odd < 0.02 * half) return 'utf-16be';
  return null;
}

/**
 * Windows-1252 bytes 0x80–0x9F, as the WHATWG Encoding Standard (and so every browser)
 * decodes them. Node's TextDecoder gives C1 controls here (nodejs/node#60888), so we
 * decode cp1252 ourselves to get the same text in Node and in the browser. The five
 * undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point, like WHATWG.
 */
const HIGH_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** 256-entry byte → UTF-16 code unit table; every cp1252 character is in the BMP. */
const TABLE_1252: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) t[i] = i >= 0x80 && i < 0xa0 ? HIGH_1252[i - 0x80] : i;
  return t;
})();

/** Characters per String.fromCharCode call: small enough for the argument limit. */
const CHUNK = 8192;

export function decodeWindows1252(bytes: Uint8Array, table: Uint16Array = TABLE_1252): string {
  const parts: string[] = [];
  const buf = new Uint16Array(Math.min(CHUNK, bytes.length));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const n = end - start;
    for (let i = 0; i < n; i++) buf[i] = table[bytes[start + i]];
    parts.push(String.fromCharCode.apply(null, n === buf.length ? (buf as unknown as number[]) : (buf.subarray(0, n) as unknown as number[])));
  }
  return parts.join('');
}

/** The encoding a byte-order mark announces, and the BOM's length. */
export function detectBom(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  // TextDecoder('utf-16be') needs full ICU in Node; swapping to LE works everywhere.
  let b = bytes;
  if (bigEndian) {
    b = new Uint8Array(bytes.length);
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      b[i] = bytes[i + 1];
      b[i + 1] = bytes[i];
    }
    if (bytes.length % 2) b[bytes.length - 1] = bytes[bytes.length - 1];
  }
  return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(b);
}

/** Strict UTF-8, or null when the bytes are not valid UTF-8 (then it is Windows-1252). */
function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Valid multi-byte UTF-8 sequences and invalid bytes. Real Windows-1252 text has almost no
 * valid multi-byte sequences (å = E5 is followed by a letter, not a continuation byte).
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = n >= 0 && i + n < bytes.length;
    for (let k = 1; ok && k <= n; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (n === 0) i++;
    else if (ok) {
      valid++;
      i += n + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Mostly UTF-8 with a few bad bytes (a row pasted from elsewhere): lossy UTF-8 beats mojibake everywhere. */
const mostlyUtf8 = (bytes: Uint8Array) => {
  const { valid, invalid } = utf8Evidence(bytes);
  return valid > 2 * invalid;
};

function decodeAs(bytes: Uint8Array, enc: EncodingName): string {
  switch (enc) {
    case 'utf-8':
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf-16le':
      return decodeUtf16(bytes, false);
    case 'utf-16be':
      return decodeUtf16(bytes, true);
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'macintosh':
      return decodeWindows1252(bytes, TABLE_MAC);
  }
}

/**
 * Decode a whole file. Detection: a BOM wins; else strict UTF-8; else Windows-1252 (what
 * Swedish Excel writes as "CSV (semikolonavgränsad)"), unless the bytes are overwhelmingly
 * valid UTF-8 (more than 2 valid multi-byte sequences per bad byte): then lossy UTF-8, and the
 * caller warns about the U+FFFD. `forced` is the user's choice in the preview; a BOM of
 * that same encoding is still stripped.
 */
export function decode(bytes: Uint8Array, forced?: EncodingName): { text: string; encoding: EncodingName } {
  const bom = detectBom(bytes);
  let encoding: EncodingName;
  let text: string;
  if (forced) {
    encoding = forced;
    text = decodeAs(bom && bom.encoding === forced ? bytes.subarray(bom.length) : bytes, forced);
  } else if (bom) {
    encoding = bom.encoding;
    text = decodeAs(bytes.subarray(bom.length), encoding);
  } else {
    const utf16 = detectUtf16(bytes);
    const utf8 = utf16 ? null : tryUtf8(bytes);
    encoding = utf16 ?? (utf8 !== null || mostlyUtf8(bytes) ? 'utf-8' : guessSingleByte(bytes));
    text = utf8 ?? decodeAs(bytes, encoding);
  }
  // A BOM can survive when the user forces another encoding; it is never content.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text: toNfc(text), encoding };
}

/**
 * Characters that are in NFC whatever surrounds them: not decomposed by NFC (no singleton
 * or canonical decomposition that stays decomposed) and never the second part of a
 * composition (no combining mark, no Hangul vowel or final). Latin-1, Latin Extended-A/B
 * and IPA (below U+0300, where the combining marks start), General Punctuation after the
 * two quads (U+2000 and U+2001 normalise to U+2002 and U+2003), and the currency signs.
 */
const NOT_ALWAYS_NFC = /[^\u0000-\u02ff\u2002-\u206f\u20a0-\u20cf]/;

/**
 * `text.normalize('NFC')`, without its pass over the text when no character in it can
 * change: a Swedish export (letters, digits, punctuation, dashes and quotes) is already
 * NFC, and normalising 60 MB of it cost a fifth of a second for nothing. The test is one
 * regex scan (V8 answers it at once for a one-byte string).
 */
export function toNfc(text: string): string {
  return NOT_ALWAYS_NFC.test(text) ? text.normalize('NFC') : text;
}
