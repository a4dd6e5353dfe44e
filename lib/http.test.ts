import { describe, expect, it } from "vitest";
import { isBusyError, readJson } from "./http";

describe("isBusyError", () => {
  it("recognises a locked SQLite database as Prisma reports it (P1008 over SQLITE_BUSY), even with an empty message", () => {
    const prismaError = Object.assign(new Error(""), {
      code: "P1008",
      meta: {
        driverAdapterError: {
          cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" },
        },
      },
    });
    expect(isBusyError(prismaError)).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "SQLITE_BUSY" }))).toBe(true);
    expect(isBusyError(new Error("database is locked"))).toBe(true);
  });

  it("recognises PostgreSQL's lock timeout, serialization failure and a full pool", () => {
    const pg = (code: string) =>
      Object.assign(new Error(""), {
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "postgres", code, message: "canceling statement" } } },
      });
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

/** A chunked body (no Content-Length) of `total` bytes in 64 kB chunks, counting how many were pulled. */
function chunkedRequest(total: number) {
  const CHUNK = 64 * 1024;
  const counter = { pulls: 0, bytes: 0 };
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.bytes >= total) return controller.close();
        counter.pulls++;
        counter.bytes += CHUNK;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request("http://kefu.test/api/work/haier-case/answers/haier-t1-1", {
    method: "PUT",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, counter, CHUNK };
}

describe("readJson", () => {
  it("stops reading a chunked body at the limit and answers 413, without reading the rest", async () => {
    const limit = 256 * 1024;
    const { request, counter, CHUNK } = chunkedRequest(64 * 1024 * 1024);
    expect(request.headers.get("content-length")).toBeNull();
    const result = await readJson(request, limit);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(413);
    expect(((await result.response.json()) as { message: string }).message).toMatch(/太大/);
    expect(counter.bytes).toBeLessThanOrEqual(limit + CHUNK);
  });

  it("reads a chunked body within the limit, and refuses a declared Content-Length over it unread", async () => {
    const small = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of ['{"value":', '"真诚到永远",', '"baseVersion":3}'])
          controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    const ok = await readJson(
      new Request("http://kefu.test/x", { method: "PUT", body: small, duplex: "half" } as RequestInit),
      1024,
    );
    expect(ok).toEqual({ ok: true, value: { value: "真诚到永远", baseVersion: 3 } });

    const declared = await readJson(
      new Request("http://kefu.test/x", {
        method: "PUT",
        body: "x".repeat(2048),
        headers: { "content-length": "2048" },
      }),
      1024,
    );
    expect(declared.ok ? 200 : declared.response.status).toBe(413);
    const notJson = await readJson(new Request("http://kefu.test/x", { method: "PUT", body: "{nope" }), 1024);
    expect(notJson.ok ? 200 : notJson.response.status).toBe(400);
    const empty = await readJson(new Request("http://kefu.test/x", { method: "PUT" }), 1024);
    expect(empty.ok ? 200 : empty.response.status).toBe(400);
  });
});
