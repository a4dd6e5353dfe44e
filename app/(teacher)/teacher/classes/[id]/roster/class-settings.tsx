"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { removeFromClass, renameClass } from "../../actions";

type Student = { id: string; username: string; name: string };

/** 班级设置: the class's name and term, and its students (one can be taken out of the class). */
export function ClassSettings(props: {
  classId: string;
  name: string;
  term: string | null;
  terms: string[];
  students: Student[];
}) {
  const rename = useFormAction(renameClass);
  const terms = props.term && !props.terms.includes(props.term) ? [props.term, ...props.terms] : props.terms;
  return (
    <section
      className="mt-8 space-y-6 rounded-xl border border-slate-200 bg-white p-4 print:hidden"
      aria-labelledby="class-settings"
    >
      <h2 id="class-settings" className="font-semibold">
        班级设置
      </h2>
      <form onSubmit={rename.onSubmit} className="flex flex-wrap items-end gap-2" aria-label="班级名称和学期">
        <input type="hidden" name="classId" value={props.classId} />
        <label className="text-sm">
          <span className="block text-slate-700">班级名称</span>
          <input
            name="name"
            required
            maxLength={40}
            defaultValue={props.name}
            className="mt-1 min-h-10 rounded-md border border-slate-300 px-3"
          />
        </label>
        <label className="text-sm">
          <span className="block text-slate-700">学期</span>
          <select
            name="term"
            defaultValue={props.term ?? ""}
            className="mt-1 min-h-10 rounded-md border border-slate-300 bg-white px-2"
          >
            <option value="">不填</option>
            {terms.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          disabled={rename.pending}
          className="min-h-10 rounded-md border border-brand-600 px-4 text-brand-700"
        >
          保存
        </button>
        {rename.state.message ? (
          <div className="w-full">
            <Notice tone={rename.state.ok ? "success" : "error"}>{rename.state.message}</Notice>
          </div>
        ) : null}
      </form>
      {props.students.length ? (
        <div>
          <h3 className="text-sm font-medium text-slate-800">学生（{props.students.length} 人）</h3>
          <p className="mt-1 text-sm text-slate-600">
            移出班级后，学生的账号和作答都保留，需要时可以用班级码重新加入。
          </p>
          <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label="本班学生">
            {props.students.map((s) => (
              <li
                key={s.id}
                className="flex flex-wrap items-center justify-between gap-2 py-2"
                data-student={s.username}
              >
                <span>
                  {s.name} <span className="font-mono text-xs text-slate-500">{s.username}</span>
                </span>
                <ActionForm
                  action={removeFromClass}
                  label={`把${s.name}移出班级`}
                  className="flex flex-wrap items-center gap-2"
                >
                  <input type="hidden" name="classId" value={props.classId} />
                  <input type="hidden" name="studentId" value={s.id} />
                  <button type="submit" className="min-h-9 rounded-md border border-slate-300 px-2 hover:bg-slate-50">
                    移出班级
                  </button>
                </ActionForm>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
