import type { Client } from "@elastic/elasticsearch";

/** The physical indices an alias points at now (normally one); empty when the alias does not exist. */
export async function aliasTargets(client: Client, alias: string): Promise<string[]> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists) return [];
  const answer = await client.indices.getAlias({ name: alias });
  return Object.keys(answer).sort();
}

/** Every physical index named like `alias_vN`, alias or not (a leftover of an interrupted rebuild, too). */
export async function versionedIndices(client: Client, alias: string): Promise<string[]> {
  const answer = await client.indices.get({ index: `${alias}_v*`, expand_wildcards: "all", allow_no_indices: true });
  return Object.keys(answer).sort();
}
