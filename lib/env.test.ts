import { describe, expect, it } from "vitest";
import { checkEnv, databaseUrl, validateEnv } from "./env";

const strongSecret = "x".repeat(32);

describe("checkEnv", () => {
  it("accepts a development setup with nothing set", () => {
    expect(checkEnv({}).ok).toBe(true);
  });

  it("refuses production without a strong NEXTAUTH_SECRET", () => {
    const weak = checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" });
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.problems.join()).toContain("NEXTAUTH_SECRET");
    expect(checkEnv({ NODE_ENV: "production" }).ok).toBe(false);
    expect(checkEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: strongSecret }).ok).toBe(true);
  });

  it("says what to set for a wrong database URL and port", () => {
    const result = checkEnv({ DATABASE_URL: "mysql://x", PORT: "99999" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.some((p) => p.startsWith("DATABASE_URL") && p.includes("file:"))).toBe(true);
      expect(result.problems.some((p) => p.startsWith("PORT"))).toBe(true);
    }
  });

  it("accepts a PostgreSQL address", () => {
    expect(checkEnv({ DATABASE_URL: "postgresql://kefu:pw@127.0.0.1:5432/kefu" }).ok).toBe(true);
  });

  it("treats empty strings as unset", () => {
    expect(checkEnv({ DATABASE_URL: "", SEED_DEMO: "" }).ok).toBe(true);
  });

  it("validateEnv throws one message listing every problem", () => {
    expect(() => validateEnv({ NODE_ENV: "production", SEED_DEMO: "yes" })).toThrow(/NEXTAUTH_SECRET[\s\S]*SEED_DEMO/);
  });
});

describe("databaseUrl", () => {
  it("defaults to data/app.db and honours DATABASE_URL", () => {
    expect(databaseUrl({})).toBe("file:./data/app.db");
    expect(databaseUrl({ DATABASE_URL: "file:/srv/kefu/app.db" })).toBe("file:/srv/kefu/app.db");
  });
});
