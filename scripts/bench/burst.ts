// 3. Class burst: 50 students autosaving every 15 s, then all submitting within 10 s; and a
// school-wide sign-in storm of 1,000 students.
import { randomUUID } from "node:crypto";
import { signIn, sleep, summarise, timed, type Timed } from "./http";
import { PASSWORD, schoolStudent, tableAnswer } from "./fixtures";

export async function classBurst(base: string, students: { username: string; cookie: string }[], saveSeconds: number) {
  const samples: Timed[] = [];
  await Promise.all(
    students.map(async ({ username, cookie }, i) => {
      let version: number | null = null;
      const headers = { "content-type": "application/json", cookie, origin: base };
      // Autosave every 15 s, each student starting at a different moment.
      await sleep((i / students.length) * 15_000);
      for (let t = 0; t < saveSeconds; t += 15) {
        if (version === null) {
          const work = await timed(`${base}/api/work/haier-case`, { headers: { cookie } });
          samples.push(work);
          version =
            (JSON.parse(work.body) as { answers: Record<string, { version: number }> }).answers["haier-t1-2"]
              ?.version ?? 0;
        }
        const res = await timed(`${base}/api/work/haier-case/answers/haier-t1-2`, {
          method: "PUT",
          headers,
          body: JSON.stringify({ value: tableAnswer("haier-t1-2", `${username} 课堂练习 ${t}`), baseVersion: version }),
        });
        samples.push(res);
        if (res.status === 200) version = (JSON.parse(res.body) as { version: number }).version;
        await sleep(15_000);
      }
    }),
  );
  const saves = summarise(samples);
  // Everyone submits within the same 10 seconds.
  const submits: Timed[] = [];
  await Promise.all(
    students.map(async ({ cookie }) => {
      await sleep(Math.random() * 10_000);
      submits.push(
        await timed(`${base}/api/work/haier-case/submit`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: base },
          body: JSON.stringify({ idempotencyKey: randomUUID() }),
        }),
      );
    }),
  );
  return { saves, submits: summarise(submits), all: summarise([...samples, ...submits]) };
}

/** 1,000 students sign in within `windowSeconds` (arrivals spread evenly) and open their home page. */
export async function signInStorm(base: string, students: number, windowSeconds: number) {
  const samples: Timed[] = [];
  const pages: Timed[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: students }, async (_, i) => {
      await sleep((i / students) * windowSeconds * 1000);
      const login = await signIn(base, schoolStudent(i), PASSWORD);
      samples.push({ ms: login.ms, status: login.status });
      if (login.cookie) pages.push(await timed(`${base}/student`, { headers: { cookie: login.cookie } }));
    }),
  );
  return { signIns: summarise(samples), home: summarise(pages), seconds: (performance.now() - started) / 1000 };
}
