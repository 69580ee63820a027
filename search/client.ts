/**
 * The search client: @elastic/elasticsearch 9.4, against Elasticsearch 8/9 as shipped, or against OpenSearch
 * (the embedded dev/test node, or a real cluster) with two adjustments made by OpenSearchTransport below.
 *
 * Env: ELASTICSEARCH_URL (default http://127.0.0.1:${SEARCH_PORT ?? 9200}), SEARCH_FLAVOUR
 * (`elasticsearch` | `opensearch`; when unset, detected from GET /).
 */
import { Client } from "@elastic/elasticsearch";
import { Transport, type TransportOptions } from "@elastic/transport";

export type SearchFlavour = "elasticsearch" | "opensearch";

/**
 * The client hard-codes two Elasticsearch-only behaviours in the options it hands to its Transport
 * (client.js: `productCheck: 'Elasticsearch'` and `vendoredHeaders` with `compatible-with=9` media types);
 * no Client option turns them off. OpenSearch sends no `x-elastic-product` header (the product check
 * would reject every response) and answers 406 to the vendored media types. Transport's own defaults
 * are exactly what OpenSearch wants: no product check, `application/json` / `application/x-ndjson`.
 */
export class OpenSearchTransport extends Transport {
  constructor(opts: TransportOptions) {
    // undefined falls back to Transport's defaults: no product check, plain JSON media types
    super({ ...opts, productCheck: undefined, vendoredHeaders: undefined });
  }
}

function searchUrl(): string {
  return process.env.ELASTICSEARCH_URL || `http://127.0.0.1:${process.env.SEARCH_PORT ?? 9200}`;
}

/** fetch() refuses URLs with credentials: move them into an Authorization header. */
function plainRequest(url: string): { href: string; headers: Record<string, string> } {
  const u = new URL(url);
  const headers: Record<string, string> = {};
  if (u.username || u.password) {
    const auth = `${decodeURIComponent(u.username)}:${decodeURIComponent(u.password)}`;
    headers.authorization = `Basic ${Buffer.from(auth).toString("base64")}`;
    u.username = "";
    u.password = "";
  }
  return { href: u.href.replace(/\/$/, ""), headers };
}

/** Asks GET / which product serves the URL. Throws if nothing answers. */
export async function detectFlavour(url: string): Promise<SearchFlavour> {
  const { href, headers } = plainRequest(url);
  let res: Response;
  try {
    res = await fetch(`${href}/`, { headers, signal: AbortSignal.timeout(5000) });
  } catch (e) {
    throw new Error(`search node at ${href} does not answer (${(e as Error).cause ?? (e as Error).message}); is it running?`);
  }
  if (res.headers.get("x-elastic-product") === "Elasticsearch") return "elasticsearch";
  const body = (await res.json().catch(() => null)) as { version?: { distribution?: string } } | null;
  // Elasticsearch has no `distribution` field; a secured cluster may answer 401 without a body we can read:
  // the default is Elasticsearch, set SEARCH_FLAVOUR=opensearch for a secured OpenSearch.
  return body?.version?.distribution === "opensearch" ? "opensearch" : "elasticsearch";
}

export async function createSearchClient(url: string, flavour?: SearchFlavour): Promise<Client> {
  const kind = flavour ?? (await detectFlavour(url));
  if (kind === "opensearch") {
    return new Client({
      node: url,
      Transport: OpenSearchTransport,
      enableMetaHeader: false, // x-elastic-client-meta means nothing to OpenSearch
    });
  }
  return new Client({ node: url });
}

let singleton: Promise<Client> | null = null;

/**
 * The app's shared client, created on first use from ELASTICSEARCH_URL / SEARCH_FLAVOUR.
 * If the node cannot be reached for detection, the promise rejects and the next call tries again.
 */
export function getSearchClient(): Promise<Client> {
  if (!singleton) {
    const flavour = process.env.SEARCH_FLAVOUR?.trim().toLowerCase();
    if (flavour && flavour !== "elasticsearch" && flavour !== "opensearch") {
      return Promise.reject(new Error(`SEARCH_FLAVOUR must be "elasticsearch" or "opensearch", not "${flavour}"`));
    }
    singleton = createSearchClient(searchUrl(), flavour as SearchFlavour | undefined);
    singleton.catch(() => {
      singleton = null;
    });
  }
  return singleton;
}

/** For the health endpoint: does the search node answer within 1.5 s? Never throws. */
export async function pingSearch(): Promise<boolean> {
  try {
    const { href, headers } = plainRequest(searchUrl());
    const res = await fetch(`${href}/`, { method: "HEAD", headers, signal: AbortSignal.timeout(1500) });
    return res.ok;
  } catch {
    return false;
  }
}
