// POST /api/v1/problems/{id}/resolve — the solution; with resolveTickets, every linked open ticket is resolved too
import { problemCommandRoute } from "@/lib/api/command-routes";
import { resolveProblem } from "@/lib/problems/resolve-problem";
import { resolveProblemInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(resolveProblemInput, resolveProblem);
