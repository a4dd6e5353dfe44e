// 4. Review: server time of the review screen for a 50-student class against a lesson page.
import { median, timed } from "./http";

async function serverTimes(url: string, cookie: string | null, n: number) {
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < n; i++) {
    const res = await timed(url, { headers: cookie ? { cookie } : {} });
    status = res.status;
    times.push(res.ms);
  }
  return { ms: median(times), status };
}

export async function reviewScreen(
  base: string,
  cookies: { teacher: string; student: string },
  submissionId: string,
  assignmentId: string,
  n = 30,
) {
  const teacherCookie = cookies.teacher;
  await serverTimes(`${base}/teacher/submissions/${submissionId}`, teacherCookie, 3); // warm-up
  const lesson = await serverTimes(`${base}/lessons/haier-case`, null, n);
  const review = await serverTimes(`${base}/teacher/submissions/${submissionId}`, teacherCookie, n);
  const dynamic = await serverTimes(`${base}/student`, cookies.student, n);
  const matrix = await serverTimes(`${base}/teacher/assignments/${assignmentId}`, teacherCookie, n);
  if (review.status !== 200 || matrix.status !== 200)
    throw new Error(`review screens answered ${review.status} / ${matrix.status}`);
  return {
    lessonMs: lesson.ms,
    dynamicMs: dynamic.ms,
    reviewMs: review.ms,
    matrixMs: matrix.ms,
    ratio: review.ms / lesson.ms,
  };
}
