import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Built by `contentlayer2 build` (npm test runs it first, in the typecheck step).
      "contentlayer/generated": path.resolve(import.meta.dirname, ".contentlayer/generated/index.mjs"),
      // Server-only modules are tested directly; the guard only matters inside Next's bundles.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    environment: "node",
  },
});
