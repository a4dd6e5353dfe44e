"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { resetPassword, setUserDisabled } from "../actions";
import { IssuedPassword } from "./issued-password";

type Props = { userId: string; username: string; disabled: boolean; isSelf: boolean };

export function UserActions({ userId, username, disabled, isSelf }: Props) {
  const reset = useFormAction(resetPassword);
  const toggle = useFormAction(setUserDisabled);
  const error = [reset.state, toggle.state].find((s) => s.message && !s.ok)?.message;

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
          <button type="submit" disabled={reset.pending} className="min-h-9 rounded-md border border-slate-300 px-3 hover:bg-slate-50">
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
      </div>
      {reset.state.ok && reset.state.data ? (
        <IssuedPassword username={reset.state.data.username} name={reset.state.data.name} password={reset.state.data.initialPassword} />
      ) : null}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
