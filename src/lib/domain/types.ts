/**
 * The domain of Remissradar. Code speaks English; the UI speaks Swedish
 * (see ../shared/DESIGN.md §2 for the word list).
 */

/** A position taken in a yttrande. Order matters: it is the stack order in charts. */
export type Stance = 'supporting' | 'conditional' | 'opposing' | 'none';

/** Every stance, in the order charts and tables show them. */
export const STANCES: readonly Stance[] = ['supporting', 'conditional', 'opposing', 'none'];

/** What kind of body a remissinstans is. */
export type RespondentKind = 'stadsdelsnamnd' | 'facknamnd' | 'bolagsstyrelse' | 'ovrig';

/** Every respondent kind, in display order. */
export const RESPONDENT_KINDS: readonly RespondentKind[] = [
  'stadsdelsnamnd',
  'facknamnd',
  'bolagsstyrelse',
  'ovrig',
];

/** A part of a proposal that positions are taken on (an inriktning). */
export interface Theme {
  /** Display name, e.g. "Påverkan". Unique within a consultation (case-insensitive). */
  name: string;
  /** Words that signal the theme, matched literally (never as a regular expression). */
  keywords: string[];
}

/** A remiss: the proposal sent out for comment. */
export interface Consultation {
  /** Local id (auto-increment in IndexedDB; absent before it is stored). */
  id?: number;
  title: string;
  /** Diarienummer, e.g. "KS 2016/1234". */
  reference?: string;
  /** ISO date (yyyy-mm-dd). */
  deadline?: string;
  themes: Theme[];
  /** The sändlista: names of every instans the remiss was sent to. */
  recipients: string[];
  /** True for the bundled example remiss. */
  isSample?: boolean;
  createdAt?: string;
  updatedAt?: string;
}

/** A span of the original text: `text.slice(start, end) === span text`. */
export interface Evidence {
  start: number;
  end: number;
  /** The sentence or phrase itself (equal to text.slice(start, end)). */
  text: string;
  /** Where it was found: the section name or "decision" for the decision column. */
  source?: string;
  /** The stance this span signals. */
  stance?: Stance;
}

/** The stance on one theme. */
export interface ThemeStance {
  stance: Stance;
  /** True when sentences about the theme decide it; false when inherited from overall. */
  explicit: boolean;
  evidence: Evidence[];
}

/** A condition (villkor) extracted from the text. */
export interface Condition {
  /** The theme it concerns, or null when it concerns the proposal as a whole. */
  theme: string | null;
  text: string;
  start: number;
  end: number;
}

/** A theme's stance as stored on the record: no evidence (that lives in the details table). */
export interface ThemeSummary {
  stance: Stance;
  /** True when sentences about the theme decide it; false when inherited from overall. */
  explicit: boolean;
}

/**
 * The part of a Classification that the record carries: everything charts, filters,
 * tables and the review queue read. Evidence, theme evidence and conditions (sentence
 * text, most of the bytes) are in `ClassificationDetails`, stored apart and loaded on
 * demand (see db/details.ts).
 */
export interface ClassificationSummary {
  stance: Stance;
  /** 0..1 */
  confidence: number;
  themes: Record<string, ThemeSummary>;
  /**
   * How many conditions (villkor) were found; the conditions themselves are in the
   * details. Optional so that a full Classification is also a summary.
   */
  conditionCount?: number;
  /** A short Swedish sentence explaining the verdict. */
  explanation: string;
  /** True when the decision and the body point different ways. */
  disagreement: boolean;
  /** True when the yttrande should be looked at by a person. */
  needsReview: boolean;
  /** Why (Classification.reviewReasons), when the classifier gave reasons; older records have none. */
  reviewReasons?: ReviewReason[];
}

/** The heavy part of a Classification: the sentences it rests on. */
export interface ClassificationDetails {
  evidence: Evidence[];
  /** Theme name → the evidence for that theme's stance. */
  themeEvidence: Record<string, Evidence[]>;
  conditions: Condition[];
}

/** The machine's verdict on one yttrande (what classify() returns). */
export interface Classification {
  stance: Stance;
  /** 0..1 */
  confidence: number;
  evidence: Evidence[];
  themes: Record<string, ThemeStance>;
  conditions: Condition[];
  /** A short Swedish sentence explaining the verdict. */
  explanation: string;
  /** True when the decision and the body point different ways. */
  disagreement: boolean;
  /** True when the yttrande should be looked at by a person. */
  needsReview: boolean;
  /** Why it should (empty when it need not). */
  reviewReasons?: ReviewReason[];
}

/**
 * Why a verdict goes to the review queue: its probability is below the threshold, the
 * decision and the body disagree, a real no stands beside a yes, another named body takes
 * the opposite position (was the right one taken for the respondent's?), or the text was cut.
 */
export const REVIEW_REASONS = ['low-confidence', 'disagreement', 'opposition-present', 'another-body-differs', 'partial-yes', 'reading-in-doubt', 'no-evidence', 'truncated'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

/** One respondent's answer to one consultation. */
export interface Response {
  id?: number;
  consultationId?: number;
  respondent: string;
  respondentKind: RespondentKind;
  /** ISO date (yyyy-mm-dd) or undefined. */
  date?: string;
  reference?: string;
  /** The full yttrande text. Stored apart from the small fields (see db/). */
  text: string;
  /** The decision (förslag till beslut / beslut) when given in its own column. */
  decision?: string;
  /** Per-theme text from columns named after a theme. */
  themeTexts?: Record<string, string>;
  /** A stance label that came with the file (a person's label: becomes an override). */
  importedStance?: Stance;
  /** Where it came from. */
  sourceFile?: string;
  /** Line (CSV, as Excel numbers it) or record index (JSON, 1-based). */
  sourceLine?: number;
  /** Other respondents in a joint answer (gemensamt yttrande). */
  jointWith?: string[];
}

/** A person's decision; it always wins over the machine. */
export interface Override {
  id?: number;
  responseId: number;
  /** null = the overall stance; otherwise the theme name. */
  theme: string | null;
  stance: Stance;
  reason: string;
  initials: string;
  /** ISO timestamp. */
  at: string;
}

/** The override currently in force for one stance (overall or one theme). */
export interface OverrideInfo {
  stance: Stance;
  reason: string;
  initials: string;
  at: string;
}

/**
 * A stored yttrande without its text: everything the charts, filters and tables read.
 * The text lives in its own table (see db/) so that drawing charts never reads it.
 */
/** What a re-import changed in a stored yttrande. */
export type ImportChange = 'text' | 'decision' | 'both';

export interface ResponseRecord extends Omit<Response, 'text'> {
  id?: number;
  consultationId: number;
  /** Normalised respondent name, unique within a consultation (the re-import key). */
  respondentKey: string;
  /** The verdict without its evidence (see ClassificationSummary). */
  classification: ClassificationSummary;
  /** The overrides in force, denormalised from the overrides table for fast reads. */
  overrides: { overall?: OverrideInfo; themes: Record<string, OverrideInfo> };
  reviewed: boolean;
  reviewedBy?: string;
  /**
   * What a re-import changed (the text, the decision or both) since a person last marked
   * the yttrande as reviewed: it is back in the review queue for that reason. Cleared
   * when a person marks it reviewed (undo puts it back).
   */
  changedOnImport?: ImportChange;
  textLength: number;
  /** A short hash of the text, to tell changed from unchanged on re-import. */
  textHash: string;
  importedAt: string;
  updatedAt: string;
}
