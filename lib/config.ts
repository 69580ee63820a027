// Environment, read in one place. Every variable is listed in README.md's configuration table.
export const config = {
  appUrl: () => process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`,
  smtpUrl: () => process.env.SMTP_URL ?? `smtp://127.0.0.1:${process.env.SMTP_SINK_PORT ?? 2525}`,
  /** True when no SMTP server is configured and mail goes to the local sink that admins can read in the app. */
  usesMailSink: () => !process.env.SMTP_URL,
  mailFrom: () => process.env.MAIL_FROM ?? "Service Desk <helpdesk@localhost>",
  mailSinkDir: () => process.env.MAIL_SINK_DIR ?? `${dataDir()}/mail`,
  elasticsearchUrl: () => process.env.ELASTICSEARCH_URL ?? `http://127.0.0.1:${process.env.SEARCH_PORT ?? 9200}`,
};

export function dataDir(): string {
  return process.env.DATA_DIR ?? ".data";
}
