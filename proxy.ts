import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { nonceCsp } from "@/lib/security/csp";

// Two jobs, nothing more: an early redirect to the login page for signed-out visitors (every page,
// data function and action checks the session and role itself — the proxy can be bypassed), and a
// fresh CSP nonce for each page rendered per request. Next.js reads the nonce from the request's
// Content-Security-Policy header and puts it on its own scripts.

function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = nonceCsp(nonce);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

const signedInOnly = withAuth(withNonce, { pages: { signIn: "/login" } });

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  if (request.nextUrl.pathname === "/login") return withNonce(request);
  return signedInOnly(request as NextRequestWithAuth, event);
}

// Keep in step with NONCE_PATHS in lib/security/csp.ts.
export const config = { matcher: ["/student/:path*", "/teacher/:path*", "/admin/:path*", "/change-password", "/login"] };
