/**
 * The browser parts with minimal fakes: enough to prove the error paths and that
 * object URLs are revoked. Real drawing is covered by the e2e tests in Chromium.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportError } from '../../../src/lib/export/errors.ts';
import { copyText, downloadBlob, svgToPngBlob } from '../../../src/lib/export/png.ts';

let revoked: string[];
let imageFails: boolean;
let toBlobResult: Blob | null;
let canvas: { width: number; height: number; getContext: () => unknown; toBlob: (cb: (b: Blob | null) => void, type: string) => void };
let ops: string[];
let anchors: Array<{ href: string; download: string; clicked: boolean; removed: boolean }>;

class FakeImage {
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  set src(_: string) {
    queueMicrotask(() => (imageFails ? this.onerror?.() : this.onload?.()));
  }
}

beforeEach(() => {
  revoked = [];
  imageFails = false;
  toBlobResult = new Blob(['png'], { type: 'image/png' });
  ops = [];
  anchors = [];
  canvas = {
    width: 0,
    height: 0,
    getContext: () => ({
      set fillStyle(v: string) { ops.push(`fillStyle ${v}`); },
      fillRect: (...a: number[]) => ops.push(`fillRect ${a.join(' ')}`),
      drawImage: (_: unknown, ...a: number[]) => ops.push(`drawImage ${a.join(' ')}`),
    }),
    toBlob: (cb, type) => {
      ops.push(`toBlob ${type}`);
      cb(toBlobResult);
    },
  };
  vi.stubGlobal('Image', FakeImage);
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      if (tag === 'canvas') return canvas;
      const a = { href: '', download: '', rel: '', style: {}, clicked: false, removed: false, click() { this.clicked = true; }, remove() { this.removed = true; } };
      anchors.push(a);
      return a;
    },
    body: { append: () => undefined },
  });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:fake');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u: string) => void revoked.push(u));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('svgToPngBlob', () => {
  it('draws at 2× over white and returns the PNG, revoking the URL', async () => {
    const blob = await svgToPngBlob('<svg/>', 300, 200);
    expect(blob.type).toBe('image/png');
    expect([canvas.width, canvas.height]).toEqual([600, 400]);
    expect(ops).toEqual(['fillStyle #ffffff', 'fillRect 0 0 600 400', 'drawImage 0 0 600 400', 'toBlob image/png']);
    expect(revoked).toEqual(['blob:fake']);
  });
  it('rejects with png-failed when toBlob gives null, and still revokes', async () => {
    toBlobResult = null;
    await expect(svgToPngBlob('<svg/>', 300, 200)).rejects.toMatchObject({ code: 'png-failed', params: { kind: 'memory' } });
    expect(revoked).toEqual(['blob:fake']);
  });
  it('rejects with png-failed when the image does not load', async () => {
    imageFails = true;
    const err = await svgToPngBlob('<svg/>', 300, 200).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExportError);
    expect((err as ExportError).code).toBe('png-failed');
    expect(revoked).toEqual(['blob:fake']);
  });
  it.each([[0, 10], [10, -1], [Number.NaN, 10]])('rejects a size of %s × %s', async (w, h) => {
    await expect(svgToPngBlob('<svg/>', w, h)).rejects.toMatchObject({ code: 'png-failed' });
  });
});

describe('downloadBlob', () => {
  it('clicks a download link and revokes the URL later', () => {
    vi.useFakeTimers();
    downloadBlob(new Blob(['x']), 'remiss_oversikt_2026-11-26.png');
    expect(anchors).toMatchObject([{ href: 'blob:fake', download: 'remiss_oversikt_2026-11-26.png', clicked: true, removed: true }]);
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:fake']);
  });
});

describe('copyText', () => {
  it('writes to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await copyText('hej');
    expect(writeText).toHaveBeenCalledWith('hej');
  });
  it('turns a refusal into a clipboard-failed error', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
    await expect(copyText('hej')).rejects.toMatchObject({ code: 'clipboard-failed', params: { kind: 'refused' } });
  });
  it('fails clearly without a clipboard', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyText('hej')).rejects.toMatchObject({ code: 'clipboard-failed' });
  });
});
