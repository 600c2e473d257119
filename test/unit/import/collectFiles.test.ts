import { describe, expect, it } from 'vitest';
import { droppedFiles, isJunk } from '../../../src/components/import/collectFiles.ts';

type Fake = { isFile: boolean; isDirectory: boolean; name: string; file?: (ok: (f: File) => void) => void; createReader?: () => { readEntries: (ok: (e: Fake[]) => void) => void } };
const file = (name: string): Fake => ({ isFile: true, isDirectory: false, name, file: (ok) => ok(new File(['x'], name)) });
/** A folder whose reader hands out its entries two at a time, as readEntries does in batches. */
function dir(name: string, children: Fake[]): Fake {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return { readEntries: (ok) => ok(children.slice(at, (at += 2))) };
    },
  };
}
const drop = (entries: Fake[], files: File[] = []) => ({ items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })), files }) as unknown as DataTransfer;

describe('droppedFiles', () => {
  it('opens dropped folders recursively, names files by their path, leaves out junk and sorts', async () => {
    const d = dir('Yttranden', [file('b.pdf'), file('.DS_Store'), dir('Bolag', [file('c.docx'), file('~$c.docx')]), file('a.pdf'), file('Thumbs.db')]);
    const got = await droppedFiles(drop([d]));
    expect(got.map((f) => f.path)).toEqual(['Yttranden/a.pdf', 'Yttranden/b.pdf', 'Yttranden/Bolag/c.docx']);
  });
  it('takes plain dropped files as they are', async () => {
    const f = new File(['x'], 'svar.csv');
    expect((await droppedFiles(drop([file('svar.csv')], [f]))).map((x) => x.file)).toEqual([f]);
  });
});

describe('isJunk', () => {
  it.each([
    ['.DS_Store', true],
    ['mapp/~$yttrande.docx', true],
    ['desktop.ini', true],
    ['Thumbs.db', true],
    ['yttrande.pdf', false],
    ['mapp/.gömd/fil.pdf', false],
  ])('%s is junk: %s', (name, expected) => {
    expect(isJunk(name)).toBe(expected);
  });
});
