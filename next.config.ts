import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and WASM packages stay outside the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "pg-boss",
    "smtp-server",
    "mailparser",
    "nodemailer",
    "@elastic/elasticsearch",
    "imapflow",
    "ldapts",
    // Charts are drawn to SVG on the server only (components/charts): no chart code reaches the browser.
    "echarts",
    "exceljs",
  ],
  poweredByHeader: false,
  // npm test type-checks the whole tree (tsc --noEmit) before it builds; it says so with NEXT_TYPES_CHECKED=1, and
  // the build skips checking the same files again. Any other build checks them.
  typescript: { ignoreBuildErrors: process.env.NEXT_TYPES_CHECKED === "1" },
};

export default withNextIntl(nextConfig);
