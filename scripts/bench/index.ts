// npm run bench — builds and starts the product on a fresh SQLite database, measures what users
// feel, and prints one line per figure and a summary table. Everything runs on 127.0.0.1.
//   npm run bench                  all seven figures (about 10 minutes on 2 cores)
//   npm run bench -- --skip-cold   without the fresh-clone cold start
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { autosave, rawUpsert } from "./autosave";
import { classBurst, signInStorm } from "./burst";
import { coldStart } from "./cold-start";
import { CLASS_SIZE, PASSWORD, SCHOOL_SIZE, classStudent, prepare, submissionIds } from "./fixtures";
import { signIn } from "./http";
import { lessonPages, routeFloor, startNginx, STATIC_COPY } from "./lesson-pages";
import { lighthouseScores } from "./lighthouse";
import { firstLoadJs } from "./payload";
import { reviewScreen } from "./review";
import { build, startProduct } from "./server";

const PORT = 3200;
const DB = "data/bench.db";
const skipCold = process.argv.includes("--skip-cold");
const benchStarted = performance.now();

type Row = { figure: string; value: string; target: string; met: boolean | null };
const rows: Row[] = [];
function report(figure: string, value: string, target: string, met: boolean | null) {
  rows.push({ figure, value, target, met });
  console.info(`${met === null ? "·" : met ? "✓" : "✗"} ${figure}: ${value}${target ? `  (target ${target})` : ""}`);
}
const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const f2 = (n: number) => n.toFixed(2);

console.info(`npm run build: ${f1(build() / 1000)} s`);
// The same bytes the product serves for the lesson, as a plain file of the same server.
mkdirSync(path.dirname(STATIC_COPY), { recursive: true });
copyFileSync(".next/server/app/lessons/haier-case.html", STATIC_COPY);
const html = readFileSync(STATIC_COPY, "utf8");
const server = await startProduct(PORT, DB);
const nginx = await startNginx(html, PORT + 80);
try {
  const { assignmentId } = await prepare(DB);

  // 1. Lesson pages
  const lessons = await lessonPages(server.base, nginx?.url ?? null);
  report("1. lesson page, product (req/s, median of 3)", f0(lessons.product), "", null);
  report("1. same bytes as a static file, same server (req/s)", f0(lessons.staticFile), "", null);
  report(
    "1. same bytes from nginx, 1 worker (req/s)",
    nginx ? f0(lessons.nginx) : "nginx not installed (apt-get install nginx-light)",
    "",
    null,
  );
  report(
    "1. product / static file",
    f2(lessons.ratioStatic),
    "≥ 0.5",
    lessons.ratioStatic >= 0.5 && lessons.errors === 0,
  );
  report("1. product / nginx", nginx ? f2(lessons.ratioNginx) : "n/a", "report", null);

  // 2. Autosave
  const students: { username: string; cookie: string }[] = [];
  for (let i = 0; i < CLASS_SIZE; i++) {
    const login = await signIn(server.base, classStudent(i), PASSWORD);
    if (!login.cookie) throw new Error(`sign-in of ${classStudent(i)} failed (${login.status})`);
    students.push({ username: classStudent(i), cookie: login.cookie });
  }
  const saves = await autosave(server.base, DB, students, 15);
  const raw = rawUpsert(5, CLASS_SIZE);
  const ratio = saves.perSecond / raw;
  const floor = await routeFloor(`${server.base}/api/health`);
  report("2. autosave, 50 students (saves/s)", f0(saves.perSecond), "", null);
  report("2. raw better-sqlite3 upsert loop (writes/s)", f0(raw), "", null);
  report("2. floor: a route handler with one query (/api/health), 50 connections (req/s)", f0(floor), "", null);
  report("2. autosave / raw", f2(ratio), "≥ 0.25", ratio >= 0.25);
  report(
    "2. autosave p50 / p95 / p99 (ms)",
    `${f1(saves.p50)} / ${f1(saves.p95)} / ${f1(saves.p99)}`,
    "p99 < 100",
    saves.p99 < 100,
  );
  report(
    "2. lost / duplicated / mismatched writes",
    `${saves.lost} / ${saves.duplicates} / ${saves.mismatched} of ${saves.acked} acknowledged (${saves.serverErrors} 5xx)`,
    "0 / 0 / 0",
    saves.lost === 0 && saves.duplicates === 0 && saves.mismatched === 0 && saves.serverErrors === 0,
  );

  // 3. Class burst and the school's sign-in storm
  const burst = await classBurst(server.base, students, 30);
  report(
    "3. class: saves every 15 s + 50 submits in 10 s, p95 / p99 (ms)",
    `${f1(burst.all.p95)} / ${f1(burst.all.p99)}; submit p95 ${f1(burst.submits.p95)}`,
    "p95 < 300",
    burst.all.p95 < 300,
  );
  report(
    "3. class: errors / 5xx",
    `${burst.all.errors} / ${burst.all.serverErrors} of ${burst.all.count}`,
    "no 5xx",
    burst.all.serverErrors === 0,
  );
  const submitted = await submissionIds(DB, assignmentId);
  report(
    "3. class: submissions recorded",
    `${submitted.rows} rows for ${submitted.students} students`,
    "50 / 50",
    submitted.rows === CLASS_SIZE && submitted.students === CLASS_SIZE,
  );
  const storm = await signInStorm(server.base, SCHOOL_SIZE, 30);
  report(
    `3. school: ${SCHOOL_SIZE} sign-ins in 30 s, p95 / p99 (ms)`,
    `${f1(storm.signIns.p95)} / ${f1(storm.signIns.p99)}`,
    "p95 < 1000",
    storm.signIns.p95 < 1000,
  );
  report(
    "3. school: failed sign-ins / 5xx; home page p95 (ms)",
    `${storm.signIns.errors} / ${storm.signIns.serverErrors}; ${f1(storm.home.p95)}`,
    "no 5xx",
    storm.signIns.serverErrors === 0 && storm.home.serverErrors === 0,
  );

  // 4. Review
  const teacher = await signIn(server.base, "teacher", PASSWORD);
  if (!teacher.cookie) throw new Error("teacher sign-in failed");
  const review = await reviewScreen(
    server.base,
    { teacher: teacher.cookie, student: students[0]!.cookie },
    submitted.ids[0]!,
    assignmentId,
  );
  report("4. review screen, 50-student class (ms, median of 30)", f1(review.reviewMs), "", null);
  report("4. class matrix of that assignment (ms)", f1(review.matrixMs), "", null);
  report("4. lesson page, prerendered (ms)", f1(review.lessonMs), "", null);
  report("4. student home, a dynamic page with a session (ms)", f1(review.dynamicMs), "", null);
  report("4. review / lesson", f2(review.ratio), "≤ 1.5", review.ratio <= 1.5);
  report("4. review / student home", f2(review.reviewMs / review.dynamicMs), "", null);

  // 5. Payload
  const lessonJs = await firstLoadJs(server.base, "/lessons/haier-case", null);
  const reviewJs = await firstLoadJs(server.base, `/teacher/submissions/${submitted.ids[0]}`, teacher.cookie);
  const plainJs = await firstLoadJs(server.base, "/plans", null);
  report(
    "5. first-load JS, lesson (kB gzip)",
    `${f1(lessonJs.kB)} in ${lessonJs.scripts} scripts`,
    "≤ 120",
    lessonJs.kB <= 120,
  );
  report(
    "5. first-load JS, review screen (kB gzip)",
    `${f1(reviewJs.kB)} in ${reviewJs.scripts} scripts`,
    "≤ 200",
    reviewJs.kB <= 200,
  );
  report(
    "5. first-load JS, plan list without exercises (kB gzip)",
    f1(plainJs.kB),
    "widgets absent",
    plainJs.kB < lessonJs.kB,
  );

  // 6. Lighthouse
  const student = await signIn(server.base, classStudent(0), PASSWORD);
  for (const [name, url, cookie] of [
    ["lesson", `${server.base}/lessons/haier-case`, null],
    ["student home", `${server.base}/student`, student.cookie],
    ["review screen", `${server.base}/teacher/submissions/${submitted.ids[0]}`, teacher.cookie],
  ] as const) {
    const scores = await lighthouseScores(url, cookie);
    const met = scores.performance >= 95 && scores.accessibility >= 95;
    report(
      `6. lighthouse ${name}: performance / accessibility`,
      `${scores.performance} / ${scores.accessibility} (LCP ${scores.lcpMs} ms, TBT ${scores.tbtMs} ms${scores.failing.length ? `; failing: ${scores.failing.join(", ")}` : ""})`,
      "≥ 95 / ≥ 95",
      met,
    );
  }
} finally {
  nginx?.stop();
  await server.stop();
  rmSync(path.dirname(STATIC_COPY), { recursive: true, force: true });
}

// 7. Cold start
if (skipCold) report("7. cold start", "skipped (--skip-cold)", "≤ 6 min", null);
else {
  const cold = await coldStart(PORT + 1);
  report(
    "7. fresh clone: npm ci && npm start to first 200 of /api/health (s)",
    `${f1(cold.totalMs / 1000)} (npm ci ${f1(cold.npmCiMs / 1000)}, start ${f1(cold.firstStartMs / 1000)})`,
    "≤ 360",
    cold.totalMs <= 360_000,
  );
  report("7. npm start on the installed clone, existing database (s)", f1(cold.warmStartMs / 1000), "", null);
}

console.info(`\nbench took ${f1((performance.now() - benchStarted) / 60_000)} min\n`);
console.info("| figure | value | target | met |\n|---|---|---|---|");
for (const r of rows)
  console.info(`| ${r.figure} | ${r.value} | ${r.target || "—"} | ${r.met === null ? "—" : r.met ? "yes" : "no"} |`);
process.exit(0);
