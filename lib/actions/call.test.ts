import { describe, expect, it } from "vitest";
import { callAction, NETWORK_FAILURE, type Retrying } from "./call";
import type { ActionResult } from "./result";

const busy: ActionResult<number> = { ok: false, message: "忙", reason: "busy" };
const sleep = async () => {};

describe("callAction", () => {
  it("retries a busy database until it answers, reporting each pause", async () => {
    const replies: ActionResult<number>[] = [busy, busy, { ok: true, data: 7 }];
    const seen: Retrying[] = [];
    const result = await callAction(async () => replies.shift()!, { sleep, onRetry: (r) => seen.push(r) });
    expect(result).toEqual({ ok: true, data: 7 });
    expect(seen.map((r) => [r.attempt, r.why])).toEqual([
      [1, "busy"],
      [2, "busy"],
    ]);
  });

  it("gives up after the last pause with the busy message, never a success it did not get", async () => {
    let calls = 0;
    const result = await callAction(async () => (calls++, busy), { sleep, pauses: [1, 1] });
    expect(calls).toBe(3);
    expect(result).toEqual(busy);
  });

  it("repeats a lost reply only when the write is safe to repeat", async () => {
    let calls = 0;
    const flaky = async (): Promise<ActionResult<number>> => {
      if (calls++ === 0) throw new TypeError("Failed to fetch");
      return { ok: true, data: 1 };
    };
    expect(await callAction(flaky, { sleep, repeatable: true })).toEqual({ ok: true, data: 1 });
    calls = 0;
    expect(await callAction(flaky, { sleep })).toEqual({ ok: false, message: NETWORK_FAILURE, reason: "error" });
    expect(calls).toBe(1);
  });

  it("does not retry a refusal: invalid input, signed out, forbidden", async () => {
    for (const reason of ["invalid", "signed-out", "forbidden"] as const) {
      let calls = 0;
      await callAction(async () => (calls++, { ok: false, message: "不行", reason }), { sleep });
      expect(calls).toBe(1);
    }
  });
});
