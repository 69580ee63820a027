/**
 * Where a notification about an article leads: editors told of a submission go straight to the review page;
 * everyone else to the article. The bell and the mail share it, so both open the same page.
 */
export function articleNotificationPath(articleId: string, action: string): string {
  return action === "submitted" ? `/kb/articles/${articleId}/review` : `/kb/articles/${articleId}`;
}
