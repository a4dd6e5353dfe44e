"use client";

import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { parseRoster, type RosterParse } from "@/lib/classes/roster";
import type { AccountCheck } from "@/lib/classes/roster-accounts";
import type { ImportedStudent } from "../../actions";
import { checkRoster, importRoster, type SkippedRow } from "../../roster-actions";
import { LoginSlips } from "./login-slips";
import { readRosterFile } from "./read-roster-file";
import { RosterPreviewTable, SkippedRows, verdicts } from "./roster-preview";

type Result = ActionResult<{ students: ImportedStudent[]; skipped: number; skippedRows: SkippedRow[] }>;
/** The account check of one text: the check of an older text is never shown for a newer one. */
type Checked = { text: string; accounts: AccountCheck[] | null; error: string | null };

/** Upload or paste a roster, see every row checked, then import; the new passwords are shown once. */
export function RosterImport({ classId, className }: { classId: string; className: string }) {
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  // A file read to nothing still gets its message ("文件是空的"); an empty text box does not.
  const preview: RosterParse | null = text.trim() || fileName ? parseRoster(text, className) : null;
  const readable = !!preview && !preview.problem;

  useEffect(() => {
    if (!readable) return;
    let live = true;
    const timer = setTimeout(() => {
      checkRoster({ classId, csv: text })
        .then((r) => (r.ok ? { accounts: r.data.accounts, error: null } : { accounts: null, error: r.message }))
        .catch(() => ({ accounts: null, error: "暂时无法核对已有账号；导入时服务器仍会逐行检查。" }))
        .then((r) => live && setChecked({ text, ...r }));
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [classId, text, readable]);

  if (result?.ok && result.data) {
    return (
      <div className="mt-6 space-y-4">
        <div className="print:hidden">
          <Notice tone="success">{result.message} 初始密码只显示这一次，请现在打印登录条。</Notice>
          <SkippedRows rows={result.data.skippedRows} label="没有导入的行" />
          <Button className="mt-3" onClick={() => window.print()}>
            打印登录条
          </Button>
        </div>
        <LoginSlips className={className} students={result.data.students} />
      </div>
    );
  }

  const current = checked?.text === text ? checked : null;
  const checking = readable && !current;
  const rows = preview && !preview.problem ? verdicts(preview, current?.accounts ?? null, confirmed) : [];
  const importable = rows.filter((r) => r.imported).length;
  const errors = rows.filter((r) => r.tone === "error").length;
  const waiting = rows.filter((r) => r.check?.status === "enrol" && r.check.mismatch && !r.imported).length;
  const existing = rows.length - importable - errors - waiting;
  const skipped = rows.filter((r) => !r.imported).map((r) => ({ line: r.row.line, reason: r.reason ?? "" }));
  const headerLine = preview?.headerLine ?? 0;

  return (
    <div className="mt-6 space-y-4 print:hidden">
      <div className="rounded-xl border border-slate-200 bg-white p-4">
        <label className="block text-sm font-medium text-slate-800" htmlFor="roster-file">
          选择名单文件（Excel .xlsx 或 CSV，要有“学号”“姓名”两列，可以再加“班级”列）
        </label>
        <input
          id="roster-file"
          type="file"
          accept=".csv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel"
          className="mt-2 block max-w-full text-sm"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            setFileError(null);
            if (!file) return;
            const read = await readRosterFile(file);
            if ("error" in read) return setFileError(read.error);
            setConfirmed(new Set());
            setFileName(file.name);
            setText(read.text);
          }}
        />
        <p className="mt-2 text-xs text-slate-500">
          表头可以在标题行下面（教务系统导出的名单直接用）；CSV 的 UTF-8 和 GBK 编码都能识别。也可以从 Excel
          复制后直接粘贴到下面：
        </p>
        {fileError ? (
          <div className="mt-2">
            <Notice tone="error">{fileError}</Notice>
          </div>
        ) : null}
        <textarea
          aria-label="名单内容"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (!e.target.value) setFileName(null);
          }}
          rows={5}
          placeholder={"班级,学号,姓名\n" + className + ",2023010101,王小明"}
          className="mt-2 block w-full rounded-md border border-slate-300 px-3 py-2 font-mono text-sm"
        />
      </div>

      {preview?.problem ? <Notice tone="error">{preview.problem}</Notice> : null}
      {preview && !preview.problem ? (
        <section aria-labelledby="preview-heading" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="preview-heading" className="font-semibold">
            预览：{rows.length} 行，{importable} 行可以导入
            {errors ? `，${errors} 行有问题（不会导入）` : ""}
            {waiting ? `，${waiting} 行姓名不一致（确认后才导入）` : ""}
            {existing ? `，${existing} 行已有账号（不会导入）` : ""}
          </h2>
          <p className="mt-1 text-sm text-slate-600" data-testid="header-line">
            表头在第 {headerLine} 行{headerLine > 1 ? `，上面的 ${headerLine - 1} 行（标题等）不导入` : ""}
            {fileName ? `。文件：${fileName}` : ""}
          </p>
          {current?.error ? (
            <div className="mt-2">
              <Notice tone="info">{current.error}</Notice>
            </div>
          ) : null}
          <RosterPreviewTable
            rows={rows}
            checking={checking}
            confirmed={confirmed}
            onConfirm={(username, yes) =>
              setConfirmed((before) => {
                const next = new Set(before);
                if (yes) next.add(username);
                else next.delete(username);
                return next;
              })
            }
          />
          <SkippedRows rows={skipped} label="不会导入的行" />
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <Button
              disabled={pending || checking || importable === 0}
              onClick={() =>
                startTransition(async () =>
                  setResult(
                    await importRoster({ classId, csv: text, confirmed: [...confirmed] }).catch(() => ({
                      ok: false as const,
                      message: "导入没有完成，请检查网络后重试；已经导入的同学不会重复创建。",
                    })),
                  ),
                )
              }
            >
              {pending ? "正在导入，请稍候……" : checking ? "正在核对已有账号……" : `导入 ${importable} 名学生`}
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
