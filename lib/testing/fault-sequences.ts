// Generated fault sequences for the worksheet: what a student does and what the network does to
// them, in many orders. The same generator feeds the in-process harness (hundreds of sequences
// against the real route handlers and database) and the browser harness (a sample against the
// running app), so a failing case can be replayed in either from its seed.

export type FaultStep =
  | { op: "type"; tab: number; exercise: number; text: string }
  | { op: "fault"; kind: "fail" | "lost" | "busy" | "slow" }
  | { op: "offline" }
  | { op: "online" }
  | { op: "reload"; tab: number }
  | { op: "expire" }
  | { op: "login" }
  | { op: "restart" }
  | { op: "openTab" }
  | { op: "tick" }
  | { op: "submit"; tab: number };

/** A small seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Options = { length: number; exercises: number; submit?: boolean; tabs?: boolean; restart?: boolean };

const WEIGHTS: [FaultStep["op"], number][] = [
  ["type", 30],
  ["fault", 14],
  ["offline", 6],
  ["online", 6],
  ["reload", 10],
  ["expire", 4],
  ["login", 4],
  ["restart", 2],
  ["openTab", 3],
  ["tick", 8],
  ["submit", 2],
];

/** One sequence of `length` steps; at most two tabs; every typed text is unique within the sequence. */
export function generateSequence(seed: number, options: Options): FaultStep[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const ops = WEIGHTS.filter(
    ([op]) =>
      (op !== "submit" || options.submit) &&
      (op !== "openTab" || options.tabs) &&
      (op !== "restart" || options.restart),
  );
  const total = ops.reduce((sum, [, w]) => sum + w, 0);
  const steps: FaultStep[] = [];
  let tabs = 1;
  let typed = 0;
  while (steps.length < options.length) {
    let r = random() * total;
    const [op] = ops.find(([, w]) => (r -= w) < 0) ?? ops[0]!;
    const tab = Math.floor(random() * tabs);
    switch (op) {
      case "type":
        steps.push({
          op,
          tab,
          exercise: Math.floor(random() * options.exercises),
          text: `第${seed}组第${++typed}次输入`,
        });
        break;
      case "fault":
        steps.push({ op, kind: pick(["fail", "lost", "busy", "slow"] as const) });
        break;
      case "reload":
      case "submit":
        steps.push({ op, tab });
        break;
      case "openTab":
        if (tabs < 2) {
          tabs++;
          steps.push({ op });
        }
        break;
      default:
        steps.push({ op } as FaultStep);
    }
  }
  return steps;
}

export function describeSequence(steps: FaultStep[]): string {
  return steps
    .map((s) => {
      switch (s.op) {
        case "type":
          return `type(tab${s.tab},ex${s.exercise})`;
        case "fault":
          return `fault(${s.kind})`;
        case "reload":
        case "submit":
          return `${s.op}(tab${s.tab})`;
        default:
          return s.op;
      }
    })
    .join(" → ");
}
