// GET /api/v1/problems/{id} — the problem with its tickets, effort and timeline; PATCH — edit it; DELETE — nobody (405)
import { problemCommandRoute } from "@/lib/api/command-routes";
import { apiRoute, methodNotAllowed } from "@/lib/auth/guards";
import { getProblem } from "@/lib/problems/get-problem";
import { updateProblemInput } from "@/lib/problems/schemas";
import { updateProblem } from "@/lib/problems/update-problem";

export const GET = apiRoute<{ id: string }>({ permission: "problems.read" }, async ({ user, params }) => getProblem(user, params.id));

export const PATCH = problemCommandRoute(updateProblemInput, updateProblem);

// A problem is history: no role can delete one (the database refuses too).
export async function DELETE() {
  return methodNotAllowed("Problems are never deleted; close it once it is resolved");
}
