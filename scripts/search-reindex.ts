// npm run search:reindex [-- --kind=ticket|article] [--keep-old]: rebuilds the search indices from Postgres into
// new versioned indices and swaps the aliases; search keeps answering from the old ones until the swap.
import { parseArgs } from "node:util";
import { closeDb, getDb } from "@/db/client";
import { getSearchClient } from "@/search/client";
import { type SearchKind, searchKinds } from "@/search/indices/names";
import { reindexKind } from "@/search/sync/reindex";

const { values } = parseArgs({ options: { kind: { type: "string" }, "keep-old": { type: "boolean", default: false } } });
const kinds: SearchKind[] = values.kind ? [values.kind as SearchKind] : [...searchKinds];
if (kinds.some((k) => !searchKinds.includes(k))) {
  console.error(`--kind must be one of ${searchKinds.join(", ")}`);
  process.exit(2);
}

try {
  const client = await getSearchClient();
  for (const kind of kinds) {
    const result = await reindexKind(client, getDb(), kind, { keepOld: values["keep-old"], log: (line) => console.log(line) });
    const rate = Math.round(result.documents / Math.max(result.seconds, 0.001));
    console.log(`${kind}: ${result.documents} documents into ${result.index} in ${result.seconds.toFixed(1)} s (${rate}/s)`);
  }
} finally {
  await closeDb();
}
