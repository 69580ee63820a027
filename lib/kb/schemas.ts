import { z } from "zod";

const uuid = z.string().uuid("Not a valid id");
const title = z.string().trim().min(1, "Write a title").max(200, "At most 200 characters");
const body = z.string().trim().min(1, "Write the article");
const tags = z.array(z.string().trim().min(1).max(50)).max(20, "At most 20 tags");
const visibility = z.enum(["public", "internal"], "Choose public or internal");
const language = z.enum(["ru", "en"], "Choose ru or en");
// The article this one translates (its other-language twin); the link reads both ways.
const translationOfId = uuid.nullable();
// An IT staff member who keeps the article true; the author by default.
const ownerId = uuid;
// When the article should next be checked; after it, a published article is flagged as stale.
const reviewDueAt = z.coerce.date("Give a date, e.g. 2027-06-30").nullable();

export const createArticleInput = z.object({
  title,
  body,
  categoryId: uuid.nullish(),
  tags: tags.optional(),
  visibility,
  language,
  sourceTicketId: uuid.optional(),
  translationOfId: translationOfId.optional(),
  ownerId: ownerId.optional(),
  reviewDueAt: reviewDueAt.optional(),
});

export const updateArticleInput = z
  .object({ title, body, categoryId: uuid.nullable(), tags, visibility, language, translationOfId, ownerId, reviewDueAt })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Change at least one field", path: ["_"] });

const comment = z.string().trim().min(1, "Write a comment").max(5000);

export const sendBackInput = z.object({ comment });
export const archiveInput = z.object({ reason: z.string().trim().min(1, "Give a reason").max(2000) });
export const restoreVersionInput = z.object({ number: z.number().int().min(1, "Not a version of this article") });
export const feedbackInput = z.object({ helpful: z.boolean("Say whether it helped"), comment: z.string().trim().max(5000).optional() });
// Submit and publish take no fields.
export const noInput = z.object({});
