import Link from "next/link";
import { lessons } from "@/lib/content/lessons";
import { buttonClass } from "@/components/ui/button";

const FEATURES = [
  { title: "互动课程", body: "每一课都有学习目标、案例和随堂练习，手机上也能顺畅阅读和作答。" },
  { title: "练习与作业", body: "工作表、选择、分类、排序、计算、话术和打字练习，答案自动保存，断网也不丢。" },
  { title: "教案与课堂", body: "按学校通用的教案模板备课，可打印、可下载 Word，上课时按环节计时。" },
  { title: "批改与反馈", body: "教师按班级布置、批改和退回作业，学生看到每一格的评语和分数。" },
];

export default function HomePage() {
  const lessonCount = lessons.length;
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-600 px-6 py-10 text-white sm:px-10 sm:py-14">
        <p className="text-sm tracking-widest text-brand-100">电子商务 · 网店客服</p>
        <h1 className="mt-3 text-3xl leading-tight font-bold sm:text-4xl">客服课堂</h1>
        <p className="mt-4 max-w-2xl text-lg leading-8 text-brand-50">
          为职业学校网店客服课程准备的互动课件：学生读课文、做练习、交作业，教师备课、布置、批改，一站完成。
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/lessons" className={buttonClass("secondary", "border-white")}>
            浏览课程（{lessonCount} 课）
          </Link>
          <Link href="/login" className={buttonClass("primary", "bg-white/15 ring-1 ring-white/60 hover:bg-white/25")}>
            登录
          </Link>
        </div>
      </section>
      <section aria-labelledby="features" className="space-y-4">
        <h2 id="features" className="text-xl font-semibold">
          能做什么
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {FEATURES.map((f) => (
            <li key={f.title} className="rounded-xl border border-slate-200 bg-white p-5">
              <h3 className="font-semibold text-brand-800">{f.title}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
