// The knowledge-base commands, one verb per file; this module keeps the one import path callers know.
export { archiveArticle } from "./archive-article";
export { createArticle, insertArticle } from "./create-article";
export { markReviewed } from "./mark-reviewed";
export { publishArticle } from "./publish-article";
export { recordFeedback } from "./record-feedback";
export { restoreVersion } from "./restore-version";
export { nextReviewDue, REVIEW_INTERVAL_MONTHS } from "./review-date";
export { sendBack } from "./send-back";
export { submitArticle } from "./submit-article";
export { updateArticle } from "./update-article";
