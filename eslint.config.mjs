import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// lib/ is the framework-free domain: plain objects in, plain values out. What wires it to Next,
// next-auth, React or the database lives in server/ (actions, auth, jobs), db/ and app/.
const domainRestriction = {
  patterns: [
    {
      group: ["next", "next/*", "next-auth", "next-auth/*", "@auth/*", "react", "react-dom", "react/*", "react-dom/*", "server-only"],
      message: "lib/ domain code must not import the framework: framework glue belongs in server/.",
    },
    { group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "@/db", "@/db/*"], message: "lib/ domain code must not import the database: db/queries calls lib/, not the other way round." },
    { group: ["@/server", "@/server/*", "@/app/*", "@/components/*"], message: "lib/ domain code must not import server/, app/ or components/: they build on lib/." },
  ],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
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
