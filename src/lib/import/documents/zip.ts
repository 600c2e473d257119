/**
 * A small zip reader for Office files (.xlsx, .docx, .ods): the central directory, then
 * stored or deflated entries inflated with the platform's DecompressionStream (browsers
 * and Node ≥ 20.12). No dependency; only the entries asked for are inflated.
 */
import { CodedError, type MessageParams } from '../../domain/message.ts';

/** Why a zip could not be read: a reason code (and the part's name), worded by src/i18n. */
export type ZipReason = 'no-directory' | 'bad-directory' | 'too-large' | 'part-too-large' | 'part-broken' | 'part-inflate' | 'part-method' | 'part-missing';

export class ZipError extends CodedError {
  declare readonly code: ZipReason;
  constructor(reason: ZipReason, params: MessageParams = {}) {
    super(reason, params);
    this.name = 'ZipError';
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Refuse entries that would inflate beyond this (a zip bomb, or not an Office file). */
export const MAX_ENTRY = 200 * 1024 * 1024;

function u16(b: Uint8Array, i: number) {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number) {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** The end-of-central-directory record, searched from the end (a comment may follow it). */
function findEnd(b: Uint8Array): number {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--)
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  throw new ZipError('no-directory');
}

function entries(b: Uint8Array): Entry[] {
  const end = findEnd(b);
  const count = u16(b, end + 10);
  let p = u32(b, end + 16);
  const out: Entry[] = [];
  const utf8 = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new ZipError('bad-directory');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    out.push({
      method: u16(b, p + 10),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: utf8.decode(b.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Inflate, stopping as soon as more than `limit` bytes come out (a zip bomb lies about its sizes). */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new ZipError('too-large', { mb: Math.round(limit / 1048576) });
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let p = 0;
  for (const b of parts) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

/** A zip's entries by name; `read` inflates one (null when it is not there). */
export interface Zip {
  names: string[];
  read(name: string): Promise<Uint8Array | null>;
  text(name: string): Promise<string | null>;
}

/** `maxEntry`: the most bytes one entry may inflate to (tests make it small). */
export function openZip(bytes: Uint8Array, maxEntry = MAX_ENTRY): Zip {
  const list = entries(bytes);
  const byName = new Map(list.map((e) => [e.name.replace(/^\/+/, ''), e]));
  const read = async (name: string): Promise<Uint8Array | null> => {
    const e = byName.get(name);
    if (!e) return null;
    if (e.size > maxEntry) throw new ZipError('part-too-large', { name });
    const p = e.localOffset;
    if (u32(bytes, p) !== 0x04034b50) throw new ZipError('part-broken', { name });
    const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) return data;
    if (e.method === 8) {
      try {
        return await inflate(data, maxEntry);
      } catch (e) {
        throw e instanceof ZipError ? e : new ZipError('part-inflate', { name });
      }
    }
    throw new ZipError('part-method', { name, method: e.method });
  };
  return {
    names: [...byName.keys()],
    read,
    text: async (name) => {
      const b = await read(name);
      return b ? new TextDecoder('utf-8').decode(b) : null;
    },
  };
}
