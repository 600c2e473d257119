import type { Classification, Consultation, Evidence, OverrideInfo, ReviewReason, ThemeStance } from '../domain/types.ts';
import { RESPONDENT_KINDS, REVIEW_REASONS, type RespondentKind } from '../domain/types.ts';
import { readObj, type Place, type Problems, type Reader } from './reader.ts';

/** Readers for the domain shapes inside a backup; each copies only known fields. */

export function readConsultation(p: Problems, v: unknown, where: Place[]): Consultation | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const c: Consultation = {
    title: r.str('title'),
    themes: r.list('themes', (t, w) => {
      const tr = readObj(p, t, w);
      return tr && { name: tr.str('name'), keywords: tr.strings('keywords') };
    }, 'theme'),
    recipients: r.optList('recipients', str(p), 'recipient') ?? [],
  };
  const id = r.optNum('id');
  if (id !== undefined) c.id = id;
  setOpt(c, 'reference', r.optStr('reference'));
  setOpt(c, 'deadline', r.optStr('deadline'));
  setOpt(c, 'isSample', r.optBool('isSample'));
  setOpt(c, 'createdAt', r.optStr('createdAt'));
  setOpt(c, 'updatedAt', r.optStr('updatedAt'));
  return c;
}

export function readEvidence(p: Problems, v: unknown, where: Place[]): Evidence | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const e: Evidence = { start: r.num('start'), end: r.num('end'), text: r.str('text') };
  setOpt(e, 'source', r.optStr('source'));
  setOpt(e, 'stance', r.optStance('stance'));
  return e;
}

export function readClassification(p: Problems, v: unknown, where: Place[]): Classification | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const evidence = (x: unknown, w: Place[]) => readEvidence(p, x, w);
  return {
    stance: r.stance('stance'),
    confidence: r.num('confidence'),
    evidence: r.list('evidence', evidence, 'evidence'),
    themes: r.map('themes', (t, w): ThemeStance | undefined => {
      const tr = readObj(p, t, w);
      return tr && { stance: tr.stance('stance'), explicit: tr.bool('explicit'), evidence: tr.list('evidence', evidence, 'evidence') };
    }),
    conditions: r.list('conditions', (c, w) => {
      const cr = readObj(p, c, w);
      if (!cr) return undefined;
      const theme = cr.o.theme === null ? null : cr.str('theme');
      return { theme, text: cr.str('text'), start: cr.num('start'), end: cr.num('end') };
    }, 'condition'),
    explanation: r.str('explanation'),
    disagreement: r.bool('disagreement'),
    needsReview: r.bool('needsReview'),
    // Optional: only the codes this version knows are kept.
    ...(Array.isArray(r.o.reviewReasons) ? { reviewReasons: r.o.reviewReasons.filter((x): x is ReviewReason => (REVIEW_REASONS as readonly unknown[]).includes(x)) } : {}),
  };
}

export function readOverrideInfo(p: Problems, v: unknown, where: Place[]): OverrideInfo | undefined {
  const r = readObj(p, v, where);
  return r && { stance: r.stance('stance'), reason: r.str('reason'), initials: r.str('initials'), at: r.str('at') };
}

export function readKind(r: Reader): RespondentKind {
  const v = r.o.respondentKind;
  if (typeof v === 'string' && (RESPONDENT_KINDS as readonly string[]).includes(v)) return v as RespondentKind;
  r.p.add(r.where, 'not-one-of', { key: 'respondentKind', allowed: RESPONDENT_KINDS.join(', ') });
  return 'ovrig';
}

export const str = (p: Problems) => (x: unknown, where: Place[]) =>
  typeof x === 'string' ? x : (p.add(where, 'not-text'), undefined);

/** Sets an optional field only when present, so absent stays absent (not `undefined`). */
export function setOpt<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) o[key] = value;
}
