import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getUserById } from "@/lib/people/get-user";
import { problemCommand, updateProblemRow } from "./problem-command";
import { updateProblemInput } from "./schemas";

/** The owner or the dispatcher edit the record: title, description, root cause, owner, whether the workaround is public. */
export async function updateProblem(actor: CurrentUser, problemId: string, raw: z.input<typeof updateProblemInput>) {
  const input = updateProblemInput.parse(raw);
  return problemCommand(actor, problemId, "update", async (tx, problem) => {
    if (input.ownerId && input.ownerId !== problem.ownerId) {
      // The owner runs the investigation: an active member of IT staff.
      const owner = await getUserById(input.ownerId);
      if (!owner || !can(owner.roles, "problems.work"))
        throw new AppError("invalid_input", "Some fields are not valid", { ownerId: "Choose an active IT staff member" });
    }
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    await updateProblemRow(tx, problem, actor.id, "updated", patch);
  });
}
