// GET /api/v1/problems — problems for IT staff and analysts; POST /api/v1/problems — IT staff open a problem
import { idempotentCreate } from "@/lib/api/idempotency";
import { parseQueryString } from "@/lib/api/parse-query-string";
import { apiRoute, readJson } from "@/lib/auth/guards";
import { createProblem } from "@/lib/problems/create-problem";
import { getProblem } from "@/lib/problems/get-problem";
import { listProblems } from "@/lib/problems/list-problems";
import { createProblemInput, listProblemsQuery } from "@/lib/problems/schemas";

export const GET = apiRoute({ permission: "problems.read" }, async ({ request, user }) =>
  listProblems(user, parseQueryString(request, listProblemsQuery)),
);

export const POST = apiRoute({ permission: "problems.work" }, async ({ request, user }) => {
  const input = await readJson(request, createProblemInput);
  return idempotentCreate(
    request,
    user,
    input,
    (tx) => createProblem(user, input, tx),
    (id) => getProblem(user, id),
  );
});
