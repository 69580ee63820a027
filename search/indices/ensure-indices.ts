import type { Client } from "@elastic/elasticsearch";
import { getSearchClient } from "../client";
import { aliasTargets, versionedIndices } from "./alias-target";
import { createPhysicalIndex } from "./create-index";
import { definitionFingerprint } from "./index-definition";
import { aliasName, type SearchKind, searchKinds, versionedName, versionOf } from "./names";
import { swapAlias } from "./swap-alias";

export type IndexState = { kind: SearchKind; alias: string; index: string; created: boolean; outdated: boolean };

/** The first free version number for `kind`: one above any `_vN` index that exists. */
export async function nextVersion(client: Client, kind: SearchKind): Promise<number> {
  const versions = (await versionedIndices(client, aliasName(kind))).map((name) => versionOf(kind, name) ?? 0);
  return Math.max(0, ...versions) + 1;
}

async function ensureOne(client: Client, kind: SearchKind): Promise<IndexState> {
  const alias = aliasName(kind);
  const [current] = await aliasTargets(client, alias);
  if (current) {
    const mapping = await client.indices.getMapping({ index: current });
    const meta = mapping[current]?.mappings?._meta as { definition?: string } | undefined;
    return { kind, alias, index: current, created: false, outdated: meta?.definition !== definitionFingerprint(kind) };
  }
  const index = versionedName(kind, await nextVersion(client, kind));
  try {
    await createPhysicalIndex(client, kind, index);
  } catch (error) {
    // Two processes starting at once both try: the loser finds the index made and only adds the alias.
    if (!String((error as Error).message).includes("resource_already_exists_exception")) throw error;
  }
  await swapAlias(client, alias, index);
  return { kind, alias, index, created: true, outdated: false };
}

/**
 * Makes sure both aliases exist, creating the first version of an index where one is missing (an empty index:
 * `npm run search:reindex` fills it from Postgres). The app, the worker, the demo and the tests call it at start.
 * An index built from an older mapping is reported as `outdated`; rebuilding it is a deliberate step
 * (`npm run search:reindex`), never a side effect of starting a process.
 */
export async function ensureIndices(client?: Client): Promise<IndexState[]> {
  const c = client ?? (await getSearchClient());
  const states: IndexState[] = [];
  for (const kind of searchKinds) states.push(await ensureOne(c, kind));
  return states;
}
