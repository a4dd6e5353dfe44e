import type { ActionResult } from "./result";

// Calling an action from the browser: a busy database (and, for writes that are safe to repeat,
// a reply lost on the network) is retried with growing pauses while the screen says so; what the
// user typed stays on the page throughout. Anything else comes back at once.

export type Retrying = { attempt: number; waitMs: number; why: "busy" | "network" };

const PAUSES_MS = [1_000, 2_000, 4_000, 8_000, 8_000, 8_000];

export const NETWORK_FAILURE = "没有连上服务器（网络断了或服务器没有回应）。填好的内容还在这一页，请稍后再点一次。";

export async function callAction<T>(
  run: () => Promise<ActionResult<T>>,
  options: {
    onRetry?: (state: Retrying) => void;
    repeatable?: boolean;
    pauses?: readonly number[];
    sleep?: (ms: number) => Promise<void>;
  } = {},
): Promise<ActionResult<T>> {
  const pauses = options.pauses ?? PAUSES_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    let result: ActionResult<T>;
    let why: Retrying["why"] | null = null;
    try {
      result = await run();
      if (!result.ok && result.reason === "busy") why = "busy";
    } catch {
      result = { ok: false, message: NETWORK_FAILURE, reason: "error" };
      if (options.repeatable) why = "network";
    }
    const waitMs = pauses[attempt];
    if (!why || waitMs === undefined) return result;
    options.onRetry?.({ attempt: attempt + 1, waitMs, why });
    await sleep(waitMs);
  }
}
