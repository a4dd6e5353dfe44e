// Calls a server action the way a browser does (POST with a Next-Action header and the arguments
// encoded as React's encodeReply would), so tests can call any action as anyone — as an attacker
// would, without the page that normally offers it.
import { readFileSync } from "node:fs";

export type ManifestAction = { id: string; key: string; page: string };

/** Every server action of the build, from Next's server reference manifest: "file#export" → id and a page that serves it. */
export function actionsOfBuild(): ManifestAction[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    key: `${entry.filename}#${entry.exportedName}`,
    page: pageOf(Object.keys(entry.workers)[0] ?? "app/page"),
  }));
}

/** The build's server action exported under `name` (names are unique across the app). */
export function actionNamed(name: string): ManifestAction {
  const action = actionsOfBuild().find((a) => a.key.endsWith(`#${name}`));
  if (!action) throw new Error(`no server action named ${name} in the build`);
  return action;
}

/** "app/(teacher)/teacher/submissions/[id]/page" → "/teacher/submissions/x". */
function pageOf(worker: string): string {
  const route = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^)]*\)/g, "")
    .replace(/\[[^\]]+\]/g, "x");
  return route || "/";
}

/** A FormData argument: fields, repeated fields as arrays, files as { name, type, bytes }. */
export type FormArg = { form: Record<string, string | string[] | { name: string; type: string; bytes: Uint8Array }> };
export type ActionArg = FormArg | string | number | boolean | null | object;

const isForm = (a: ActionArg): a is FormArg => typeof a === "object" && a !== null && "form" in a;

/** Encodes the arguments like React's encodeReply: plain JSON, or multipart when a FormData is among them. */
function encode(args: ActionArg[]): { body: string | FormData; contentType?: string } {
  if (!args.some(isForm)) return { body: JSON.stringify(args), contentType: "text/plain;charset=UTF-8" };
  const data = new FormData();
  let part = 1;
  const root = args.map((arg) => {
    if (!isForm(arg)) return arg;
    const prefix = `_${part}_`;
    for (const [key, value] of Object.entries(arg.form)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === "string") data.append(prefix + key, v);
        else data.append(prefix + key, new Blob([Buffer.from(v.bytes)], { type: v.type }), v.name);
      }
    }
    return `$K${(part++).toString(16)}`;
  });
  data.set("0", JSON.stringify(root));
  return { body: data };
}

export type ActionReply = { status: number; text: string; redirect: string | null };

export async function callAction(
  base: string,
  action: ManifestAction,
  args: ActionArg[],
  cookie: string | null,
): Promise<ActionReply> {
  const { body, contentType } = encode(args);
  const res = await fetch(`${base}${action.page}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "next-action": action.id,
      accept: "text/x-component",
      origin: base,
      ...(contentType ? { "content-type": contentType } : {}),
      ...(cookie ? { cookie } : {}),
    },
    body,
  });
  return {
    status: res.status,
    text: await res.text(),
    redirect: res.headers.get("x-action-redirect") ?? res.headers.get("location"),
  };
}
