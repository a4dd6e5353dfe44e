// Before the browser tests: find a Chromium, or install Debian's when we can (root on Debian).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) {
  console.info(`Chromium: ${found}`);
  process.exit(0);
}

// Playwright's own browser, when someone installed it with `npx playwright install`.
try {
  const { chromium } = await import("@playwright/test");
  if (existsSync(chromium.executablePath())) process.exit(0);
} catch {
  // not installed: fall through
}

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync("/etc/debian_version");
if (isRoot && isDebian) {
  console.info("未找到 Chromium，正在安装 Debian 的 chromium 软件包……");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  if (existsSync("/usr/bin/chromium")) process.exit(0);
}

console.error(
  "找不到 Chromium，无法运行浏览器测试。请安装 Chromium（Debian/Ubuntu：apt-get install chromium），" +
    "或用 CHROMIUM_PATH 指定浏览器路径。",
);
process.exit(1);
