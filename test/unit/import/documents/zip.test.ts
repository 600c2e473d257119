import { describe, expect, it } from 'vitest';
import { openZip, ZipError } from '../../../../src/lib/import/documents/zip.ts';
import { zip } from '../../../fixtures/documents/zipWriter.ts';

describe('openZip', () => {
  it.each([false, true])('lists and reads entries, stored or deflated (deflated: %s)', async (compress) => {
    const z = openZip(await zip({ 'a.xml': '<a>å</a>', 'mapp/b.bin': new Uint8Array([1, 2, 3]) }, compress));
    expect(z.names).toEqual(['a.xml', 'mapp/b.bin']);
    expect(await z.text('a.xml')).toBe('<a>å</a>');
    expect([...((await z.read('mapp/b.bin')) ?? [])]).toEqual([1, 2, 3]);
    expect(await z.read('saknas.xml')).toBeNull();
  });
  it('refuses bytes without a central directory', () => {
    expect(() => openZip(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).toThrow(ZipError);
  });
  it('stops inflating an entry that grows beyond its limit, whatever size it declares', async () => {
    // 3 MB of zeros deflate to a few KB; the writer declares the true size, so lie about it.
    const bytes = await zip({ 'bomb.xml': new Uint8Array(3 * 1024 * 1024) }, true);
    const dv = new DataView(bytes.buffer);
    const cd = bytes.length - 22 - 46 - 'bomb.xml'.length;
    dv.setUint32(cd + 24, 1000, true); // central directory: uncompressed size
    await expect(openZip(bytes, 2 * 1024 * 1024).read('bomb.xml')).rejects.toMatchObject({ code: 'too-large', params: { mb: 2 } });
  });
});
