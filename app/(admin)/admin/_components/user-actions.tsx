"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { clearSignInWait } from "@/lib/actions/accounts/sign-in-wait";
import { deleteStudent, resetPassword, setUserDisabled } from "../actions";
import { IssuedPassword } from "./issued-password";

type Props = {
  userId: string;
  username: string;
  disabled: boolean;
  isSelf: boolean;
  isStudent: boolean;
  /** Wrong passwords typed lately, when the account is being slowed down (else 0). */
  signInFailures: number;
};

export function UserActions({ userId, username, disabled, isSelf, isStudent, signInFailures }: Props) {
  const reset = useFormAction(resetPassword);
  const toggle = useFormAction(setUserDisabled);
  const remove = useFormAction(deleteStudent);
  const unwait = useFormAction(clearSignInWait);
  const error = [reset.state, toggle.state, remove.state, unwait.state].find((s) => s.message && !s.ok)?.message;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form
          onSubmit={(event) => {
            if (!window.confirm(`确定要重置 ${username} 的密码吗？原密码将立即失效。`)) event.preventDefault();
            else reset.onSubmit(event);
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <button
            type="submit"
            disabled={reset.pending}
            className="min-h-9 rounded-md border border-slate-300 px-3 hover:bg-slate-50"
          >
            重置密码
          </button>
        </form>
        {isSelf ? null : (
          <form onSubmit={toggle.onSubmit}>
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
            <button
              type="submit"
              disabled={toggle.pending}
              className={`min-h-9 rounded-md border px-3 ${disabled ? "border-slate-300 hover:bg-slate-50" : "border-red-300 text-red-700 hover:bg-red-50"}`}
            >
              {disabled ? "启用" : "停用"}
            </button>
          </form>
        )}
        {signInFailures > 0 && !unwait.state.ok ? (
          <form onSubmit={unwait.onSubmit}>
            <input type="hidden" name="userId" value={userId} />
            <button
              type="submit"
              disabled={unwait.pending}
              className="min-h-9 rounded-md border border-amber-400 px-3 text-amber-900 hover:bg-amber-50"
              title={`密码已输错 ${signInFailures} 次`}
            >
              解除登录等待
            </button>
          </form>
        ) : null}
        {isStudent ? (
          <>
            <a
              href={`/api/admin/users/${userId}/export`}
              className="inline-flex min-h-9 items-center rounded-md border border-slate-300 px-3 hover:bg-slate-50"
              download
            >
              导出数据
            </a>
            <form
              onSubmit={(event) => {
                if (!window.confirm(`确定要删除 ${username} 的账号和全部作答数据吗？此操作不能撤销。`))
                  event.preventDefault();
                else remove.onSubmit(event);
              }}
            >
              <input type="hidden" name="userId" value={userId} />
              <button
                type="submit"
                disabled={remove.pending}
                className="min-h-9 rounded-md border border-red-300 px-3 text-red-700 hover:bg-red-50"
              >
                删除
              </button>
            </form>
          </>
        ) : null}
      </div>
      {remove.state.ok ? (
        <p role="status" className="text-sm text-green-700">
          {remove.state.message}
        </p>
      ) : null}
      {unwait.state.ok ? (
        <p role="status" className="text-sm text-green-700">
          {unwait.state.message}
        </p>
      ) : null}
      {reset.state.ok && reset.state.data ? (
        <IssuedPassword
          username={reset.state.data.username}
          name={reset.state.data.name}
          password={reset.state.data.initialPassword}
        />
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
