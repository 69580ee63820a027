// POST /api/v1/problems/{id}/known-error — the owner or the dispatcher record the workaround
import { problemCommandRoute } from "@/lib/api/command-routes";
import { markKnownError } from "@/lib/problems/mark-known-error";
import { knownErrorInput } from "@/lib/problems/schemas";

export const POST = problemCommandRoute(knownErrorInput, markKnownError);
