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

  it("does not hide other failures behind a retry", () => {
    expect(isBusyError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isBusyError(new TypeError("Cannot read properties of undefined"))).toBe(false);
  });
});
