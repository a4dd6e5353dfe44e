import "server-only";
import { json, jsonError } from "@/lib/http";
import type { WorkResult } from "./work";

/** Turns a work result into the JSON response the worksheet client expects. */
export function respond<T>(result: WorkResult<T>): Response {
  return result.ok ? json(result.data) : jsonError(result.status, result.message, result.extra);
}
