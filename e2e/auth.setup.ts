import { expect, test as setup } from "@playwright/test";
import { login, storageStateFor } from "./helpers";

// Sign in once per role; the specs reuse the saved cookies.
for (const [username, home] of [
  ["admin", "/admin"],
  ["teacher", "/teacher"],
  ["s01", "/student"],
] as const) {
  setup(`sign in as ${username}`, async ({ page }) => {
    await login(page, username);
    await expect(page).toHaveURL(home);
    await page.context().storageState({ path: storageStateFor(username) });
  });
}
