import { directoryFromEnv } from "./directory-config";

export type DirectoryDescription =
  | { url: string; startTls: boolean; domains: string[]; bindDn: string | null; userDnTemplate: string | null }
  | { problem: string }
  | null;

/** What the admin settings page shows of the directory's configuration: where and how, never a password. */
export function describeDirectory(): DirectoryDescription {
  let config;
  try {
    config = directoryFromEnv();
  } catch (error) {
    return { problem: (error as Error).message };
  }
  if (!config) return null;
  return {
    url: config.url,
    startTls: config.startTls,
    domains: config.domains,
    bindDn: config.bindDn,
    userDnTemplate: config.userDnTemplate,
  };
}
