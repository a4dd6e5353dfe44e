import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postgresSchema, SOURCE, TARGET } from "./generate";

describe("the PostgreSQL schema", () => {
  it("is the one generated from prisma/schema.prisma (run npm run db:postgres after changing the models)", () => {
    expect(readFileSync(TARGET, "utf8")).toBe(postgresSchema(readFileSync(SOURCE, "utf8")));
  });

  it("differs from the SQLite schema only in the datasource and the client folder", () => {
    const pg = postgresSchema(readFileSync(SOURCE, "utf8"));
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).toContain('output       = "../../generated/prisma-postgres"');
    expect(pg).not.toContain('"sqlite"');
    const models = (text: string) => text.slice(text.indexOf("enum Role"));
    expect(models(pg)).toBe(models(readFileSync(SOURCE, "utf8")));
  });
});
