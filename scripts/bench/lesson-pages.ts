// 1. Lesson pages: the product's /lessons/haier-case against the same bytes as a static file from
// the same server (the Node server's own ceiling) and from nginx, in alternating rounds.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { median, sleep } from "./http";

export const STATIC_COPY = "public/__bench/haier-case.html";

async function rps(url: string, seconds: number) {
  const result = await autocannon({ url, connections: 50, duration: seconds, pipelining: 1 });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

/** Starts Debian's nginx serving `html` on `port` (one worker, like the one Node process); null if nginx is missing. */
export async function startNginx(html: string, port: number) {
  if (spawnSync("sh", ["-c", "command -v nginx || test -x /usr/sbin/nginx"]).status !== 0) return null;
  const dir = mkdtempSync(path.join(tmpdir(), "kefu-nginx-"));
  writeFileSync(path.join(dir, "haier-case.html"), html);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; keepalive_requests 100000;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  types { text/html html; }
  server { listen 127.0.0.1:${port}; root ${dir}; } }`,
  );
  const child = spawn("/usr/sbin/nginx", ["-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  await sleep(500);
  return { url: `http://127.0.0.1:${port}/haier-case.html`, stop: () => child.kill("SIGTERM") };
}

export async function lessonPages(base: string, nginxUrl: string | null, rounds = 3, seconds = 5) {
  const targets: Record<string, string | null> = {
    product: `${base}/lessons/haier-case`,
    staticFile: `${base}/__bench/haier-case.html`,
    nginx: nginxUrl,
  };
  const runs: Record<string, number[]> = { product: [], staticFile: [], nginx: [] };
  let errors = 0;
  await rps(targets.product!, 2); // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const [name, url] of Object.entries(targets)) {
      if (!url) continue;
      const r = await rps(url, seconds);
      runs[name]!.push(r.rps);
      errors += r.errors;
    }
  }
  const product = median(runs.product!);
  const staticFile = median(runs.staticFile!);
  const nginx = runs.nginx!.length ? median(runs.nginx!) : Number.NaN;
  return { product, staticFile, nginx, ratioStatic: product / staticFile, ratioNginx: product / nginx, errors, runs };
}

/** The server's ceiling for a dynamic route: a route handler that runs one database query. */
export async function routeFloor(url: string, seconds = 5) {
  return (await rps(url, seconds)).rps;
}
