// The Idempotency-Key header in the OpenAPI document (the behaviour: lib/api/idempotency.ts).
/** The creating endpoints take it: a request sent twice creates one record. */
export const idempotencyKeyParam = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  schema: { type: "string", maxLength: 255 },
  description:
    "Any unique text (a UUID will do). The same key again from the same person answers the first request's status and body " +
    "with `Idempotent-Replayed: true` and creates nothing; with another body, 400. Kept 24 hours.",
};
