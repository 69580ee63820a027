// POST /api/v1/problems/{id}/time — IT staff log time spent on the problem itself
import { problemCommandRoute } from "@/lib/api/command-routes";
import { logProblemTime } from "@/lib/problems/log-problem-time";
import { problemTimeInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(problemTimeInput, logProblemTime, 201);
