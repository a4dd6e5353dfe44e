"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFormAction } from "@/components/ui/use-form-action";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { createUser } from "../actions";
import { IssuedPassword } from "./issued-password";

export function CreateUserForm() {
  const { state, onSubmit, pending } = useFormAction(createUser);
  return (
    <section aria-labelledby="create-user" className="h-fit rounded-xl border border-slate-200 bg-white p-5">
      <h2 id="create-user" className="font-semibold">
        新建账号
      </h2>
      <form onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        {state.message && !state.ok ? (
          <Notice tone="error">{state.fieldErrors ? "请按输入框下面的提示修改后再创建。" : state.message}</Notice>
        ) : null}
        {state.ok && state.data ? (
          <IssuedPassword username={state.data.username} name={state.data.name} password={state.data.initialPassword} />
        ) : null}
        <Field
          label="账号"
          name="username"
          autoCapitalize="none"
          required
          hint="学生填学号，教师填工号"
          errors={state.fieldErrors?.username}
        />
        <Field label="姓名" name="name" required errors={state.fieldErrors?.name} />
        <div>
          <label htmlFor="new-user-role" className="block text-sm font-medium text-slate-800">
            角色
          </label>
          <select
            id="new-user-role"
            name="role"
            defaultValue="TEACHER"
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3"
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <Field label="邮箱（可选）" name="email" type="email" errors={state.fieldErrors?.email} />
        <Button type="submit" className="w-full" disabled={pending}>
          {pending ? "正在创建……" : "创建并生成初始密码"}
        </Button>
      </form>
    </section>
  );
}
