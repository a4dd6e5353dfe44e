import "server-only";
import { isBusyError } from "@/lib/http";
import type { ActionResult } from "./result";

/**
 * Runs an action's writes; a database that is busy (SQLite's lock, PostgreSQL's lock_timeout)
 * becomes a result saying to try again — the caller keeps what was typed — never a 500.
 */
export async function retryableWrite<T>(write: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await write();
  } catch (error) {
    if (isBusyError(error)) return { ok: false, message: "服务器正忙，没有保存。填好的内容还在，请过几秒再点一次。" };
    throw error;
  }
}
