/**
 * Enum-like cell values: a person's stance label and a respondent kind. Exact folded
 * matches first, then a few stems, checked in an order where the more specific wins
 * ("tillstyrker med villkor" is conditional before "tillstyrker" makes it supporting).
 */
import type { RespondentKind, Stance } from '../domain/types.ts';
import { fold } from './fold.ts';

const STANCE_EXACT: ReadonlyMap<string, Stance> = new Map(
  (
    [
      ['supporting', 'tillstyrker tillstyrks stoder stodjer ja positiv bifall bifaller instammer supporting support yes for'],
      ['conditional', 'villkor synpunkter delvis conditional partly'],
      ['opposing', 'avstyrker avstyrks nej emot mot negativ avslag avslar opposing oppose against no'],
      ['none', 'avstar neutral none abstain abstains'],
    ] as const
  ).flatMap(([s, words]) => words.split(' ').map((w) => [w, s as Stance] as const)),
);

/** Stems in priority order: the first that occurs in the folded value decides. */
const STANCE_STEMS: readonly (readonly [string, Stance])[] = [
  ['ingen stallning', 'none'],
  ['inget yttrande', 'none'],
  ['avstar', 'none'],
  ['ej yttra', 'none'],
  ['villkor', 'conditional'],
  ['synpunkter', 'conditional'],
  ['forutsattning', 'conditional'],
  ['delvis', 'conditional'],
  ['avstyrk', 'opposing'],
  ['inte tillstyrk', 'opposing'],
  ['ej tillstyrk', 'opposing'],
  ['stalls sig inte bakom', 'opposing'],
  ['staller sig inte bakom', 'opposing'],
  ['tillstyrk', 'supporting'],
  ['staller sig bakom', 'supporting'],
  ['stoder', 'supporting'],
];

/** A stance label → Stance; '' → null (no label); not understood → undefined. */
export function parseStance(value: string): Stance | null | undefined {
  const k = fold(value);
  if (k === '') return null;
  const exact = STANCE_EXACT.get(k);
  if (exact) return exact;
  for (const [stem, s] of STANCE_STEMS) if (k.includes(stem)) return s;
  return undefined;
}

const KIND_EXACT: ReadonlyMap<string, RespondentKind> = new Map(
  (
    [
      ['stadsdelsnamnd', 'stadsdelsnamnd stadsdelsnamnder sdn stadsdel stadsdelsforvaltning district'],
      ['facknamnd', 'facknamnd facknamnder fackforvaltning namnd specialist committee'],
      ['bolagsstyrelse', 'bolagsstyrelse bolagsstyrelser bolag ab company board'],
      ['ovrig', 'ovrig ovriga annan annat other organisation extern'],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind as RespondentKind] as const)),
);

/** A kind label → RespondentKind; '' → null; not understood → undefined. */
export function parseKind(value: string): RespondentKind | null | undefined {
  const k = fold(value);
  if (k === '') return null;
  return KIND_EXACT.get(k) ?? KIND_EXACT.get(k.replace(/ /g, ''));
}
