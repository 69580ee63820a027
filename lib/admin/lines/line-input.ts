import { z } from "zod";
import { id, name } from "../fields";

/** What the line form sends: names and the specialists in the line. */
export const lineFields = z.object({
  nameRu: name,
  nameEn: name,
  memberIds: z
    .array(id)
    .max(200)
    .transform((ids) => [...new Set(ids)].sort()),
});
