/**
 * What the Library state loads on first use, so that the first screen's JavaScript holds
 * only what it reads: the writes, and the reads of other views (counts per remiss, history).
 */
export { clearOverride, setOverride, setReviewed } from '../lib/db/overrides.ts';
export { undoLast } from '../lib/db/undo.ts';
export { deleteDraft, loadDraft, saveDraft } from '../lib/db/drafts.ts';
export { deletionSummary, responseCounts } from '../lib/db/queries.ts';
export { getHistory } from '../lib/db/history.ts';
