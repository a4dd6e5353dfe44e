/** Shows a freshly issued password once; it is not stored anywhere readable afterwards. */
export function IssuedPassword({ username, name, password }: { username: string; name: string; password: string }) {
  return (
    <div className="rounded-md border border-green-200 bg-green-50 p-3 text-sm" data-testid="issued-password">
      <p>
        {name}（{username}）的初始密码：
        <strong className="ml-1 font-mono text-base tracking-wider text-slate-900">{password}</strong>
      </p>
      <p className="mt-1 text-green-800">只显示这一次，请现在记下或交给本人。</p>
    </div>
  );
}
