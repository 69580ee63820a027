import type { Client } from "@elastic/elasticsearch";
import { aliasTargets } from "./alias-target";

/**
 * Points `alias` at `index` and away from whatever it pointed at, in one atomic cluster-state update: every
 * search sees either the old index or the new one, never none. Returns the indices it pointed at before.
 */
export async function swapAlias(client: Client, alias: string, index: string): Promise<string[]> {
  const previous = (await aliasTargets(client, alias)).filter((name) => name !== index);
  await client.indices.updateAliases({
    actions: [...previous.map((name) => ({ remove: { index: name, alias } })), { add: { index, alias } }],
  });
  return previous;
}
