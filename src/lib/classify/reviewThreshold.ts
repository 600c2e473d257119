/** Written by `npm run train` (src/cli/train.ts) with model.json: below this calibrated confidence a verdict goes to review. */
export const REVIEW_THRESHOLD = 0.76;
