import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbImports = {
  patterns: [
    { group: ["@/db", "@/db/*", "**/db/*"], message: "The screen never touches the database: go through lib/ (ARCHITECTURE.md)." },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "node_modules/**",
      "search/engine/target/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  // The walls of ARCHITECTURE.md, enforced.
  { files: ["app/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", dbImports] } },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...dbImports.patterns, { group: ["@/app/*"], message: "Components import actions from lib/actions, never app/." }] },
      ],
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib/ never imports app/ or components/." }] },
      ],
    },
  },
  {
    files: ["db/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib", "@/lib/*", "**/lib/*", "!@/scripts/lib/*"],
              message: "db/ knows no rules: the schema and migrations only; the demo data is lib/demo, the queues' set-up lib/jobs.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
