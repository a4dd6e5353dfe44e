import type { Session } from "next-auth";
import type { ReactNode } from "react";
import { AuthProvider } from "./auth-provider";
import { SiteHeader } from "./site-header";

/** Header, main column and footer shared by every route group (a printed page shows only the main column). */
export function PageShell({ session, children }: { session?: Session | null; children: ReactNode }) {
  return (
    <AuthProvider session={session}>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-10 print:max-w-none print:p-0">
        {children}
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-500 print:hidden">
        客服课堂 · 网店客服课程与教案平台 · 由学校自行部署
      </footer>
    </AuthProvider>
  );
}
