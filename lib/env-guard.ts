import { checkEnv } from "./env";

// Imported once at server start by instrumentation.ts; exits before the first request is served.
const result = checkEnv(process.env);
if (!result.ok) {
  console.error(`配置有误，服务未启动：\n- ${result.problems.join("\n- ")}`);
  process.exit(1);
}
