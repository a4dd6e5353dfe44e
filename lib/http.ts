import "server-only";
import { exerciseMessages as m } from "@/lib/messages/exercises";

// Small helpers for JSON route handlers: one error shape ({ message } in Chinese), body limits,
// and the same-origin check that stands in for CSRF tokens on mutating routes.

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ message, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/** Browsers always send Origin on a cross-site POST/PUT; refuse any that is not this site. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Reads a JSON body of at most `maxBytes`: 413 when larger, 400 when it is not JSON. The body is
 * read as a stream and counted as it arrives — a chunked body has no Content-Length to trust — and
 * the reader is cancelled the moment the count passes the limit, so an oversized body is never
 * held in memory. Callers check the session first: nothing is read for a request that will be refused.
 */
export async function readJson(request: Request, maxBytes: number): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({ ok: false, response: jsonError(413, m.bodyTooLarge) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => undefined);
          return tooLarge();
        }
        chunks.push(value);
      }
    } catch {
      // The client went away mid-body.
      return { ok: false, response: jsonError(400, m.badRequest) };
    }
  }
  try {
    return { ok: true, value: JSON.parse(new TextDecoder().decode(Buffer.concat(chunks, size))) };
  } catch {
    return { ok: false, response: jsonError(400, m.badRequest) };
  }
}

/**
 * The database is busy, not broken: the client should keep the draft and retry. SQLite's "database
 * is locked" after the busy timeout (Prisma: P1008 with SQLITE_BUSY underneath); on PostgreSQL a
 * lock held past lock_timeout, a serialization failure or deadlock, or a full connection pool.
 */
export function isBusyError(error: unknown): boolean {
  if (!(error instanceof Error)) return BUSY_TEXT.test(String(error));
  type Cause = { originalCode?: unknown; code?: unknown; kind?: unknown };
  const { code, meta } = error as { code?: unknown; meta?: { driverAdapterError?: { cause?: Cause } } };
  if (code === "P1008" || code === "P2034") return true;
  const cause = meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === "string" && BUSY_KINDS.has(cause.kind)) return true;
  if (typeof cause?.code === "string" && BUSY_PG_CODES.has(cause.code)) return true;
  return BUSY_TEXT.test(`${error.message} ${String(code ?? "")} ${String(cause?.originalCode ?? "")}`);
}

const BUSY_TEXT = /SQLITE_BUSY|database is locked|lock timeout|timeout exceeded when trying to connect/i;
// PostgreSQL: lock_timeout reached, serialization failure, deadlock, statement timeout.
const BUSY_PG_CODES = new Set(["55P03", "40001", "40P01", "57014"]);
const BUSY_KINDS = new Set(["TransactionWriteConflict", "TooManyConnections", "SocketTimeout"]);

/** Runs a handler; a locked database becomes a retryable 503, anything unexpected a plain 500 message. */
export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isBusyError(error)) return jsonError(503, m.serverBusy, { retryable: true });
    console.error("[api] unexpected error:", error instanceof Error ? error.message : error);
    return jsonError(500, "服务器出错了，请稍后重试。你的答案仍保存在本机。");
  }
}
