import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

// Runs only the in-process flood measurement (scripts/bench/flood.measure.ts), never part of `vitest run`:
//   npx vitest run --config scripts/bench/flood.vitest.config.ts
export default defineConfig({
  ...base,
  test: { ...base.test, include: ["scripts/bench/flood.measure.ts"], exclude: ["node_modules/**"] },
});
