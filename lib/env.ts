import { z } from "zod";

// Environment variables, validated once at start-up (scripts/start.ts and instrumentation.ts).
// Kept free of `server-only` so the start script can import it under plain Node.

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:|postgres(ql)?:\/\/)/,
      "DATABASE_URL 必须是 SQLite 文件地址（例如 file:./data/app.db）或 PostgreSQL 地址（例如 postgresql://kefu:密码@127.0.0.1:5432/kefu）",
    )
    .optional(),
  NEXTAUTH_SECRET: z.string().optional(),
  NEXTAUTH_URL: z.url("NEXTAUTH_URL 必须是完整网址，例如 https://kefu.example.edu.cn").optional(),
  PORT: z.coerce
    .number()
    .int()
    .min(1, "PORT 必须是 1–65535 之间的端口号")
    .max(65535, "PORT 必须是 1–65535 之间的端口号")
    .optional(),
  SEED_DEMO: z.enum(["0", "1"], "SEED_DEMO 只能是 0（不建演示学校）或 1").optional(),
  TRUST_PROXY: z
    .enum(["0", "1"], "TRUST_PROXY 只能是 0 或 1（1 表示前面有反向代理，信任它设置的 X-Forwarded-For）")
    .optional(),
});

const WEAK_SECRET =
  "NEXTAUTH_SECRET: 生产环境必须设置至少 32 个字符的 NEXTAUTH_SECRET（可用 openssl rand -base64 48 生成）；用 npm start 启动时会自动生成并保存在 data/.secret";

export type Env = z.infer<typeof envSchema>;

export type EnvResult = { ok: true; env: Env } | { ok: false; problems: string[] };

export function checkEnv(source: Record<string, string | undefined>): EnvResult {
  // Empty strings mean "not set" (a blank line in .env should not fail validation).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  if (cleaned.NODE_ENV === "production" && (cleaned.NEXTAUTH_SECRET ?? "").length < 32) problems.unshift(WEAK_SECRET);
  if (parsed.success && problems.length === 0) return { ok: true, env: parsed.data };
  return { ok: false, problems };
}

/** Throws with every problem listed, so a misconfigured server never starts half-working. */
export function validateEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = checkEnv(source);
  if (result.ok) return result.env;
  throw new Error(`配置有误，服务未启动：\n- ${result.problems.join("\n- ")}`);
}

export { databaseUrl, DEFAULT_DATABASE_URL } from "./db-url";
