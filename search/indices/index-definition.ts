import { createHash } from "node:crypto";
import type { estypes } from "@elastic/elasticsearch";
import { articleMapping } from "./article-mapping";
import { indexSettings } from "./index-settings";
import type { SearchKind } from "./names";
import { ticketMapping } from "./ticket-mapping";

export type IndexDefinition = { settings: estypes.IndicesIndexSettings; mappings: estypes.MappingTypeMapping };

const mappings: Record<SearchKind, estypes.MappingTypeMapping> = { ticket: ticketMapping, article: articleMapping };

/**
 * Settings and mapping of a new physical index of `kind`. The mapping's `_meta.definition` is a fingerprint of
 * the whole definition, so `ensureIndices()` can tell that an index was built from an older one and say that a
 * rebuild is due.
 */
export function indexDefinition(kind: SearchKind): IndexDefinition {
  const settings = indexSettings();
  const mapping = mappings[kind];
  return { settings, mappings: { ...mapping, _meta: { definition: definitionFingerprint(kind) } } };
}

/** A short hash of the settings and mapping, synonyms left out: they change in place (see apply-synonyms.ts). */
export function definitionFingerprint(kind: SearchKind): string {
  const settings = indexSettings();
  const analysis = { ...settings.analysis, filter: { ...settings.analysis?.filter, domain_synonyms: undefined } };
  const text = JSON.stringify({ settings: { ...settings, analysis }, mappings: mappings[kind] });
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}
