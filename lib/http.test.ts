import { describe, expect, it } from "vitest";
import { isBusyError } from "./http";

describe("isBusyError", () => {
  it("recognises a locked SQLite database as Prisma reports it (P1008 over SQLITE_BUSY), even with an empty message", () => {
    const prismaError = Object.assign(new Error(""), {
      code: "P1008",
      meta: { driverAdapterError: { cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" } } },
    });
    expect(isBusyError(prismaError)).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(isBusyError(new Error("database is locked"))).toBe(true);
  });

  it("recognises PostgreSQL's lock timeout, serialization failure and a full pool", () => {
    const pg = (code: string) =>
      Object.assign(new Error(""), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", code, message: "canceling statement" } } } });
    expect(isBusyError(pg("55P03"))).toBe(true);
    expect(isBusyError(pg("40001"))).toBe(true);
    expect(isBusyError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isBusyError(pg("23505"))).toBe(false);
  });

  it("does not hide other failures behind a retry", () => {
    expect(isBusyError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isBusyError(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});
