"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { decodeRosterFile, parseRoster, type RosterParse } from "@/lib/classes/roster";
import { importRoster, readXlsxRoster, type ImportedStudent } from "../../actions";
import { LoginSlips } from "./login-slips";

type Result = ActionResult<{ students: ImportedStudent[]; skipped: number }>;

/** Upload or paste a roster, see every row checked, then import; the new passwords are shown once. */
export function RosterImport({ classId, className }: { classId: string; className: string }) {
  const [text, setText] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const preview: RosterParse | null = text.trim() ? parseRoster(text, className) : null;
  const valid = preview?.rows.filter((r) => r.errors.length === 0).length ?? 0;

  if (result?.ok && result.data) {
    return (
      <div className="mt-6 space-y-4">
        <div className="print:hidden">
          <Notice tone="success">{result.message} 初始密码只显示这一次，请现在打印登录条。</Notice>
          <Button className="mt-3" onClick={() => window.print()}>
            打印登录条
          </Button>
        </div>
        <LoginSlips className={className} students={result.data.students} />
      </div>
    );
  }

  return (
    <div className="mt-6 space-y-4 print:hidden">
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <label className="block text-sm font-medium text-slate-800" htmlFor="roster-file">
          选择名单文件（Excel .xlsx 或 CSV，第一行为表头：班级、学号、姓名）
        </label>
        <input
          id="roster-file"
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-2 block text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setFileError(null);
            if (!file) return;
            if (file.name.toLowerCase().endsWith(".xlsx")) {
              // Server actions take bodies up to 1 MB; say so before sending a bigger file.
              if (file.size > 900 * 1024) return setFileError("文件太大（超过 900 KB），请分批导入，或另存为 CSV。");
              const form = new FormData();
              form.set("file", file);
              const read = await readXlsxRoster(form).catch(() => null);
              if (read?.ok && read.data) setText(read.data.csv);
              else setFileError(read?.message ?? "无法读取这个文件，请稍后再试。");
            } else {
              setText(decodeRosterFile(new Uint8Array(await file.arrayBuffer())));
            }
          }}
        />
        <p className="mt-2 text-xs text-slate-500">CSV 的 UTF-8 和 GBK 编码都能识别。也可以直接粘贴到下面：</p>
        {fileError ? (
          <div className="mt-2">
            <Notice tone="error">{fileError}</Notice>
          </div>
        ) : null}
        <textarea
          aria-label="名单内容"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          placeholder={"班级,学号,姓名\n" + className + ",2023010101,王小明"}
          className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
        />
      </div>

      {preview?.problem ? <Notice tone="error">{preview.problem}</Notice> : null}
      {preview && !preview.problem ? (
        <section aria-labelledby="preview-heading" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="preview-heading" className="font-semibold">
            预览：{preview.rows.length} 行，{valid} 行可以导入
            {preview.rows.length - valid ? `，${preview.rows.length - valid} 行有问题（不会导入）` : ""}
          </h2>
          <div className="mt-3 max-h-96 overflow-auto">
            <table className="w-full text-left text-sm">
              <thead className="sticky top-0 bg-white text-slate-500">
                <tr>
                  <th className="py-1 pr-2">行</th>
                  <th className="py-1 pr-2">学号</th>
                  <th className="py-1 pr-2">姓名</th>
                  <th className="py-1">检查</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr
                    key={row.line}
                    className={`border-t border-slate-100 ${row.errors.length ? "bg-red-50" : ""}`}
                    data-line={row.line}
                  >
                    <td className="py-1 pr-2 text-slate-500">{row.line}</td>
                    <td className="py-1 pr-2 font-mono">{row.username}</td>
                    <td className="py-1 pr-2">{row.name}</td>
                    <td className={`py-1 ${row.errors.length ? "text-red-700" : "text-green-700"}`}>
                      {row.errors.length ? row.errors.join("；") : "✓"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <Button
              disabled={pending || valid === 0}
              onClick={() =>
                startTransition(async () =>
                  setResult(
                    await importRoster({ classId, csv: text }).catch(() => ({
                      ok: false as const,
                      message: "导入没有完成，请检查网络后重试；已经导入的同学不会重复创建。",
                    })),
                  ),
                )
              }
            >
              {pending ? "正在导入，请稍候……" : `导入 ${valid} 名学生`}
            </Button>
            {pending ? (
              <span className="text-sm text-slate-600" role="status">
                正在为新同学生成账号和初始密码……
              </span>
            ) : null}
          </div>
          {result && !result.ok ? (
            <div className="mt-3">
              <Notice tone="error">{result.message}</Notice>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
