// npm run search:synonyms: puts the synonym list of search/synonyms.ts on the live indices, without reindexing.
// Each changed index is closed for about a second meanwhile (searches fall back to Postgres, jobs retry).
import { getSearchClient } from "@/search/client";
import { applySynonyms } from "@/search/indices/apply-synonyms";

const changed = await applySynonyms(await getSearchClient());
console.log(changed.length > 0 ? `synonyms updated on ${changed.join(", ")}` : "synonyms already current");
