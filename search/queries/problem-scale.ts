import type { Client, TransportRequestOptions } from "@elastic/elasticsearch";
import { queryScale } from "./weak-matches";

/**
 * The scale of a problem's scores in one index (weak-matches.ts, queryScale): its words as `suggestText` analyses
 * them, with how many documents hold each, from the node's term statistics of the text as an artificial document
 * (nothing is stored). Null if the index says nothing of the field (empty).
 */
export async function problemScale(
  client: Client,
  index: string,
  text: string,
  transport?: TransportRequestOptions,
): Promise<number | null> {
  const answer = await client.termvectors(
    {
      index,
      doc: { suggestText: text },
      fields: ["suggestText"],
      term_statistics: true,
      field_statistics: true,
      positions: false,
      offsets: false,
      payloads: false,
    },
    transport,
  );
  const field = answer.term_vectors?.suggestText;
  const docCount = field?.field_statistics?.doc_count ?? 0;
  if (!field || docCount === 0) return null;
  const terms = Object.values(field.terms).map((t) => ({ termFreq: t.term_freq, docFreq: t.doc_freq ?? 0 }));
  return queryScale(terms, docCount);
}
