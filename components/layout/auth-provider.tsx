"use client";

import type { Session } from "next-auth";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/**
 * Gives client components the session. Private layouts pass the session they already read;
 * public (prerendered) pages pass nothing and the browser asks for it after loading.
 */
export function AuthProvider({ session, children }: { session?: Session | null; children: ReactNode }) {
  return <SessionProvider session={session}>{children}</SessionProvider>;
}
