import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "kefu-health-"));

async function healthWith(databaseUrl: string) {
  vi.resetModules();
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.stubEnv("DATABASE_URL", databaseUrl);
  const { GET } = await import("./route");
  return GET();
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.spyOn(console, "error").mockRestore();
});

describe("GET /api/health", () => {
  it("answers 200 ok after querying the database", async () => {
    const response = await healthWith(`file:${path.join(dir, "ok.db")}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with db:error when the database cannot be opened", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthWith(`file:${path.join(dir, "missing-folder", "app.db")}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "error", db: "error" });
  });
});

process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
