import argon2 from "argon2";

// argon2id at the OWASP minimum (19 MiB, t=2, p=1): about 30 ms a hash on one core,
// run off the event loop by the native addon.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown account) it still spends
 * the time of one verification, so response time does not reveal which accounts exist.
 */
export async function verifyPassword(hash: string | null | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword("no-such-account-placeholder");
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

const SLIP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: read off a paper slip

/** An initial password to hand out on paper: 8 characters, letters and digits, easy to read. */
export function generateInitialPassword(length = 8): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = Array.from(bytes, (b) => SLIP_ALPHABET[b % SLIP_ALPHABET.length]).join("");
  // Guarantee the policy (a letter and a digit) without biasing much.
  if (!/[a-z]/.test(out)) out = "k" + out.slice(1);
  if (!/[0-9]/.test(out)) out = out.slice(0, -1) + "7";
  return out;
}
