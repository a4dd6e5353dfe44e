import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BUSY_TIMEOUT_MS, createPrismaClient } from "./db-client";

const dir = mkdtempSync(path.join(tmpdir(), "kefu-db-"));
const db = createPrismaClient(`file:${path.join(dir, "pragmas.db")}`);

afterAll(async () => {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

async function pragma(name: string) {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return String(Object.values(rows[0] ?? {})[0]);
}

describe("database connection", () => {
  it("runs in WAL mode with a busy timeout, full sync and foreign keys", async () => {
    expect(await pragma("journal_mode")).toBe("wal");
    expect(await pragma("busy_timeout")).toBe(String(BUSY_TIMEOUT_MS));
    expect(await pragma("synchronous")).toBe("2"); // FULL
    expect(await pragma("foreign_keys")).toBe("1");
  });
});
