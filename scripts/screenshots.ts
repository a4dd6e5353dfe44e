// Screenshots of every page at phone and desktop width, for a look before a change lands:
//   npm start (in another terminal), then: npx tsx scripts/screenshots.ts [baseURL] [outDir]
import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

const baseURL = process.argv[2] ?? "http://127.0.0.1:3000";
const outDir = process.argv[3] ?? "screenshots";
const only = process.argv[4]; // optional substring: shoot only the matching paths
const PAGES: { who: "anonymous" | "admin" | "teacher" | "s01"; path: string }[] = [
  { who: "anonymous", path: "/" },
  { who: "anonymous", path: "/login" },
  { who: "anonymous", path: "/lessons" },
  ...readdirSync("content/lessons").map((file) => ({
    who: "s01" as const,
    path: `/lessons/${file.replace(/\.mdx$/, "")}`,
  })),
  { who: "teacher", path: "/teacher" },
  { who: "teacher", path: "/teacher/rubrics" },
  { who: "teacher", path: "/teacher/rubrics/ss-presale-chat" },
  { who: "anonymous", path: "/plans" },
  { who: "teacher", path: "/plans/task-1-customers-and-service" },
  { who: "teacher", path: "/plans/task-1-customers-and-service/print" },
  { who: "teacher", path: "/plans/task-1-customers-and-service/present" },
  { who: "anonymous", path: "/no-such-page" },
  { who: "s01", path: "/student" },
  { who: "admin", path: "/admin" },
  { who: "s01", path: "/change-password" },
];
const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

async function signedInState(browser: Browser, username: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("账号", { exact: true }).fill(username);
  await page.getByLabel("密码", { exact: true }).fill("demo1234");
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  const state = await context.storageState();
  await context.close();
  return state;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
mkdirSync(outDir, { recursive: true });
const states = new Map<string, Awaited<ReturnType<typeof signedInState>>>();
for (const who of ["admin", "teacher", "s01"]) states.set(who, await signedInState(browser, who));
for (const { who, path: pagePath } of PAGES.filter((p) => !only || p.path.includes(only))) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    const context = await browser.newContext({
      baseURL,
      viewport,
      storageState: states.get(who),
      isMobile: size === "phone",
    });
    const page = await context.newPage();
    await page.goto(pagePath);
    await page.waitForLoadState("networkidle");
    const name = pagePath === "/" ? "_home" : pagePath.replaceAll("/", "_");
    const file = path.join(outDir, `${who}${name}.${size}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.info(file);
    await context.close();
  }
}
await browser.close();
