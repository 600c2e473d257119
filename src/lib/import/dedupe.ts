/**
 * In-file dedupe: the same respondent (by respondentKey) twice in one file → the later row
 * wins, with a warning naming both rows. A Map, so a nämnd called "constructor" or
 * "__proto__" is just a key. The winner takes the later row's place in the output order.
 */
import { respondentKey } from '../domain/normalize.ts';
import type { Response } from '../domain/types.ts';
import { quote, type IssueAt, type IssueCollector } from './issues.ts';

export class Deduper {
  private readonly slots: (Response | null)[] = [];
  private readonly byKey = new Map<string, { index: number; at: IssueAt }>();

  constructor(private readonly collector: IssueCollector) {}

  add(response: Response, at: IssueAt): void {
    const key = respondentKey(response.respondent);
    const earlier = this.byKey.get(key);
    if (earlier) {
      this.slots[earlier.index] = null;
      const unit = at.line !== undefined ? 'rad' : 'post';
      const was = earlier.at.line ?? earlier.at.record;
      const now = at.line ?? at.record;
      this.collector.add('duplicate-respondent', 'warning', at, () =>
        `${quote(response.respondent)} finns två gånger i filen (${unit} ${was} och ${unit} ${now}); ${unit} ${now} används.`,
      );
    }
    this.byKey.set(key, { index: this.slots.length, at });
    this.slots.push(response);
  }

  /** The surviving responses in input order. */
  result(): Response[] {
    const out: Response[] = [];
    for (const r of this.slots) if (r) out.push(r);
    return out;
  }
}
