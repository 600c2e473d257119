import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../src/lib/domain/types.ts';
import { remissList } from '../../../src/lib/aggregate/remissList.ts';

const c = (id: number, title: string, reference?: string, updatedAt?: string): Consultation => ({ id, title, reference, updatedAt, themes: [], recipients: [] });
const list = [
  c(1, 'Trafikplan för Stockholm', 'KS 2024/0123', '2024-03-01'),
  c(2, 'Program för ökad jämställdhet', 'KS 2023/0042', '2024-05-01'),
  c(3, 'Äldreomsorgsplan', undefined, '2024-01-01'),
  c(4, 'Avfallsplan', 'KS 2024/0777', '2024-05-01'),
];
const ids = (xs: Consultation[]) => xs.map((x) => x.id);

describe('remissList', () => {
  it('filters by every word of the query in title or dnr, ignoring case', () => {
    expect(ids(remissList(list, 'plan', 'title'))).toEqual([4, 1, 3]);
    expect(ids(remissList(list, 'ks 2024', 'title'))).toEqual([4, 1]);
    expect(ids(remissList(list, '0123 trafik', 'title'))).toEqual([1]);
    expect(ids(remissList(list, 'ÄLDRE', 'title'))).toEqual([3]);
    expect(ids(remissList(list, 'finns inte', 'title'))).toEqual([]);
    expect(ids(remissList(list, '   ', 'title'))).toHaveLength(4);
  });

  it('sorts by title in Swedish order (Ä after A–Z), by last change, or by count, ties by title', () => {
    expect(ids(remissList(list, '', 'title'))).toEqual([4, 2, 1, 3]);
    expect(ids(remissList(list, '', 'updated'))).toEqual([4, 2, 1, 3]);
    const counts = new Map([[1, 40], [2, 3], [3, 40], [4, 0]]);
    expect(ids(remissList(list, '', 'count', counts))).toEqual([1, 3, 2, 4]);
  });

  it('leaves the input alone and stays linear at 5,000 remisser', () => {
    const before = ids(list);
    remissList(list, 'plan', 'title');
    expect(ids(list)).toEqual(before);
    const big = Array.from({ length: 5000 }, (_, i) => c(i + 1, `Remiss ${i + 1}`, `KS 2020/${String(i).padStart(4, '0')}`, `2020-01-01T00:00:${String(i % 60).padStart(2, '0')}`));
    // 'Remiss 4999' by its title, 'Remiss 5000' by its dnr KS 2020/4999.
    expect(remissList(big, 'remiss 4999', 'title').map((x) => x.title)).toEqual(['Remiss 4999', 'Remiss 5000']);
    expect(remissList(big, '2020/0042', 'title').map((x) => x.id)).toEqual([43]);
  });
});
