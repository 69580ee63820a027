import { z } from "zod";

const uuid = z.string().uuid("Not a valid id");
const title = z.string().trim().min(1, "Write a title").max(200, "At most 200 characters");
const body = z.string().trim().min(1, "Write the article");
const tags = z.array(z.string().trim().min(1).max(50)).max(20, "At most 20 tags");
const visibility = z.enum(["public", "internal"], "Choose public or internal");
const language = z.enum(["ru", "en"], "Choose ru or en");

export const createArticleInput = z.object({
  title,
  body,
  categoryId: uuid.nullish(),
  tags: tags.optional(),
  visibility,
  language,
  sourceTicketId: uuid.optional(),
});

export const updateArticleInput = z
  .object({ title, body, categoryId: uuid.nullable(), tags, visibility, language })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Change at least one field", path: ["_"] });

const comment = z.string().trim().min(1, "Write a comment").max(5000);

export const sendBackInput = z.object({ comment });
export const archiveInput = z.object({ reason: z.string().trim().min(1, "Give a reason").max(2000) });
export const restoreVersionInput = z.object({ number: z.number().int().min(1, "Not a version of this article") });
export const feedbackInput = z.object({ helpful: z.boolean("Say whether it helped"), comment: z.string().trim().max(5000).optional() });
// Submit and publish take no fields.
export const noInput = z.object({});
