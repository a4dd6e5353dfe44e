// A throw-away PostgreSQL server for the test suite: Debian's postgresql package (installed when
// missing and we are root), a fresh cluster in a temporary folder, listening on 127.0.0.1 only.
import { execFileSync, execSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const PG_ROOT = "/usr/lib/postgresql";

function findBinDir(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  const newest = versions[0];
  return newest ? path.join(PG_ROOT, newest, "bin") : null;
}

function ensureInstalled(): string {
  const found = findBinDir();
  if (found) return found;
  if (process.getuid?.() === 0 && existsSync("/etc/debian_version")) {
    console.info("未找到 PostgreSQL，正在安装 Debian 的 postgresql 软件包……");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql", {
      stdio: "inherit",
    });
    const installed = findBinDir();
    if (installed) return installed;
  }
  throw new Error(
    "找不到 PostgreSQL，无法运行 PostgreSQL 测试。请安装 postgresql（Debian/Ubuntu：apt-get install postgresql），" +
      "或用 TEST_POSTGRES_URL 指定一个可以清空的测试数据库。",
  );
}

export type PostgresServer = { url: string; stop: () => void };

/** Starts a new cluster on `port` with database `kefu`; `stop()` shuts it down and removes it. */
export function startPostgres(port = 55432): PostgresServer {
  const bin = ensureInstalled();
  const isRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: run its programs as the package's postgres user.
  const as = (command: string, args: string[]) =>
    isRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" })
      : execFileSync(command, args, { stdio: "pipe" });

  const dir = mkdtempSync(path.join(tmpdir(), "kefu-pg-"));
  chmodSync(dir, 0o700);
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  as(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=on -c max_connections=200`;
  as(path.join(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", path.join(dir, "server.log"), "-w", "start"]);
  as(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "kefu"]);

  return {
    url: `postgresql://postgres@127.0.0.1:${port}/kefu`,
    stop() {
      try {
        as(path.join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// Run directly: start a server for local work and print its address (Ctrl+C stops it).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const server = startPostgres(Number(process.env.PG_PORT ?? 55432));
  console.info(`PostgreSQL 已启动：${server.url}（按 Ctrl+C 停止并删除）`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}
