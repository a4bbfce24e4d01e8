import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Domain folders of lib/ stay framework-free: plain objects in, plain values out.
const domainRestriction = {
  patterns: [
    { group: ["next", "next/*", "react", "react-dom", "react/*"], message: "lib/ domain code must not import the framework." },
    { group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "@/db", "@/db/*"], message: "lib/ domain code must not import the database." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    ignores: ["lib/auth/**", "lib/actions/**", "lib/env.ts"],
    rules: { "no-restricted-imports": ["error", domainRestriction] },
  },
  {
    // Components render what pages and actions hand them; data comes through db/queries in a page,
    // a server action or a route handler, never from a component.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "@/db", "@/db/*"], message: "components/ must not import the database: a page or action reads it through db/queries and passes plain values." }] },
      ],
    },
  },
  {
    // Playwright fixtures call `use(...)`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off", "no-empty-pattern": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "data/**", "db/migrations/**", "next-env.d.ts", "playwright-report/**", "test-results/**"]),
]);
