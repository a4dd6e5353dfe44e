import { describe, expect, it } from "vitest";
import { generateInitialPassword, hashPassword, verifyPassword } from "./password";
import { passwordSchema } from "./validations/password";

describe("password hashing", () => {
  it("stores argon2id with at least 19 MiB, t=2, p=1", async () => {
    const hash = await hashPassword("demo1234");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(hash, "demo1234")).toBe(true);
    expect(await verifyPassword(hash, "demo12345")).toBe(false);
  });

  it("refuses unknown accounts and malformed hashes without throwing", async () => {
    expect(await verifyPassword(null, "demo1234")).toBe(false);
    expect(await verifyPassword("not-a-hash", "demo1234")).toBe(false);
  });

  it("generates readable initial passwords that meet the policy", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const pw = generateInitialPassword();
      expect(pw).toHaveLength(8);
      expect(pw).not.toMatch(/[01ilo]/);
      expect(passwordSchema.safeParse(pw).success).toBe(true);
      seen.add(pw);
    }
    expect(seen.size).toBe(200);
  });
});
