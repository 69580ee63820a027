import { z } from "zod";
import { searchKinds } from "../indices/names";

/**
 * The `search.index` job's payload: only what to look at; the job reads everything else from Postgres when it
 * runs. Apart from the job, so that queueing it does not load the indexing code.
 */
export const indexDocumentPayload = z.object({ kind: z.enum(searchKinds), id: z.string().uuid() });
export type IndexDocumentPayload = z.infer<typeof indexDocumentPayload>;
