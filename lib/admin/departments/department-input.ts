import { z } from "zod";
import { name, optionalId } from "../fields";

/** What the department form sends, for a new department and for an existing one. */
export const departmentFields = z.object({
  nameRu: name,
  nameEn: name,
  // The head files tickets on behalf of the department and sees its tickets (with the manager role).
  managerId: optionalId,
});
