// POST /api/v1/problems/{id}/close — closes a resolved problem once none of its tickets is open (409 otherwise)
import { problemCommandRoute } from "@/lib/api/command-routes";
import { closeProblem } from "@/lib/problems/close-problem";
import { closeProblemInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(closeProblemInput, closeProblem);
