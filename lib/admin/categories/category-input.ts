import { z } from "zod";
import { name, optionalId, priority } from "../fields";

/** What the category form edits: names, the lowest priority its tickets start at, who gets them by default. */
export const categoryFields = z.object({
  nameRu: name,
  nameEn: name,
  defaultPriority: priority,
  defaultAssigneeId: optionalId,
});
