import type { Client } from "@elastic/elasticsearch";
import { synonymRules } from "../synonyms";
import { aliasTargets } from "./alias-target";
import { aliasName, searchKinds } from "./names";

type AnalysisSettings = { analysis?: { filter?: { domain_synonyms?: { synonyms?: string[] } } } };

/**
 * Puts the current synonym list (search/synonyms.ts) on the live indices, without touching a document.
 * Analyzer settings can only change on a closed index, so each index is closed for about a second: searches in
 * that moment fall back to Postgres (`limited`) and index jobs retry. Returns the indices that changed.
 */
export async function applySynonyms(client: Client): Promise<string[]> {
  const rules = synonymRules();
  const changed: string[] = [];
  for (const kind of searchKinds) {
    for (const index of await aliasTargets(client, aliasName(kind))) {
      const settings = await client.indices.getSettings({ index, flat_settings: false });
      const current = (settings[index]?.settings?.index as AnalysisSettings | undefined)?.analysis?.filter?.domain_synonyms?.synonyms;
      if (JSON.stringify(current ?? []) === JSON.stringify(rules)) continue;
      await client.indices.close({ index });
      try {
        await client.indices.putSettings({
          index,
          settings: { analysis: { filter: { domain_synonyms: { type: "synonym_graph", synonyms: rules, lenient: true } } } },
        });
      } finally {
        await client.indices.open({ index, wait_for_active_shards: 1 });
      }
      changed.push(index);
    }
  }
  return changed;
}
