import type { estypes } from "@elastic/elasticsearch";
import { analysis } from "../analysis";

/**
 * Settings every physical index of ours gets. One shard: our indices are small (a hospital makes thousands of
 * tickets a year, not millions), and with one shard every document is scored against the same term statistics,
 * so the order of results does not depend on which shard a ticket landed in.
 */
export function indexSettings(): estypes.IndicesIndexSettings {
  return {
    number_of_shards: 1,
    // No replica on a single node (the index turns green), one as soon as a second node joins.
    auto_expand_replicas: "0-1",
    analysis,
  };
}
