// 7. Cold start: a fresh clone, `npm ci && npm start`, to the first 200 of /api/health; then the
// start-up of the installed clone on its existing database.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startProduct } from "./server";

export async function coldStart(port: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "kefu-clone-"));
  try {
    const started = performance.now();
    const clone = spawnSync("git", ["clone", "--quiet", process.cwd(), dir], { stdio: "inherit" });
    if (clone.status !== 0) throw new Error("git clone failed");
    const ci = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, stdio: "pipe", encoding: "utf8" });
    if (ci.status !== 0) throw new Error(`npm ci failed:\n${ci.stderr}`);
    const npmCiMs = performance.now() - started;
    const first = await startProduct(port, "data/app.db", { cwd: dir, fresh: false });
    const totalMs = performance.now() - started;
    await first.stop();
    const again = await startProduct(port, "data/app.db", { cwd: dir, fresh: false });
    await again.stop();
    return { npmCiMs, totalMs, firstStartMs: first.startedInMs, warmStartMs: again.startedInMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
