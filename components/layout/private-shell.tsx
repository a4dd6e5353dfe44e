import type { ReactNode } from "react";
import { verifySession } from "@/lib/dal/session";
import { PageShell } from "./page-shell";

/**
 * Shell for signed-in areas: hands the session already read on the server to the header,
 * so it renders without a second request. Access is checked by each page, not here.
 */
export async function PrivateShell({ children }: { children: ReactNode }) {
  const user = await verifySession();
  return <PageShell session={user ? { user, expires: "" } : null}>{children}</PageShell>;
}
