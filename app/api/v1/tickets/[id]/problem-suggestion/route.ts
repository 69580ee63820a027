// DELETE /api/v1/tickets/{id}/problem-suggestion — "not this problem": the problem offered for linking is dismissed
import { apiRoute } from "@/lib/auth/guards";
import { dismissSuggestedProblem } from "@/lib/problems/suggest/dismiss-suggested-problem";

export const DELETE = apiRoute<{ id: string }>({ permission: "problems.work" }, async ({ user, params }) => {
  await dismissSuggestedProblem(user, params.id);
  return new Response(null, { status: 204 });
});
