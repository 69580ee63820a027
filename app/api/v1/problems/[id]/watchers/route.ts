// POST /api/v1/problems/{id}/watchers — IT staff add a watcher
import { problemCommandRoute } from "@/lib/api/command-routes";
import { addProblemWatcher } from "@/lib/problems/problem-watchers";
import { problemWatcherInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(problemWatcherInput, addProblemWatcher);
