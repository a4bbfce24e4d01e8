import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * Unit tests: `npm run test:unit` runs tests/**\/*.test.ts except the slow scale tests
 * (*.slow.test.ts), which `npm run test:slow` runs (VITEST_SLOW=1) — both are part of
 * `npm test`, so CI runs everything. In CI the order of files and tests is shuffled (a
 * random seed, printed by Vitest), so no test may depend on another having run first.
 */
const slow = process.env.VITEST_SLOW === "1";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: slow ? ["tests/**/*.slow.test.ts"] : ["tests/**/*.test.ts"],
    exclude: slow ? [] : ["tests/**/*.slow.test.ts", "**/node_modules/**"],
    environment: "node",
    pool: "forks",
    maxWorkers: 2,
    sequence: { shuffle: Boolean(process.env.CI) || process.env.VITEST_SHUFFLE === "1" },
  },
});
