import { directoryAnswers } from "./authenticate";
import { directoryFromEnv } from "./directory-config";

/** off: no directory configured (local passwords only); down: configured but not answering. */
export async function directoryStatus(): Promise<"off" | "ok" | "down"> {
  let config;
  try {
    config = directoryFromEnv();
  } catch {
    return "down"; // misconfigured: as good as unreachable, and the log says why at sign-in
  }
  if (!config) return "off";
  return (await directoryAnswers({ ...config, timeoutMs: Math.min(config.timeoutMs, 3000) })) ? "ok" : "down";
}
