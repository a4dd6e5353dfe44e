import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { nonceCsp, STATIC_CSP } from "@/lib/security/csp";
import { isPerRequest, isSignedInArea } from "@/lib/security/private-paths";

// Two jobs, nothing more: an early redirect to the login page for signed-out visitors (every page,
// data function and action checks the session and role itself — the proxy can be bypassed), and the
// Content-Security-Policy: a fresh nonce for each page rendered per request (Next.js reads it from
// the request's header and puts it on its own scripts), the static policy on every other page —
// odd spellings of a private path included (/TEACHER, /teacher;x), which render a 404.

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
  const { pathname } = request.nextUrl;
  // A server action posted from an open page is not redirected: the action itself answers
  // "signed out", so the page can keep what was typed and say so (a redirect reads as a lost reply).
  if (isSignedInArea(pathname) && !request.headers.has("next-action"))
    return signedInOnly(request as NextRequestWithAuth, event);
  if (isPerRequest(pathname)) return withNonce(request);
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", STATIC_CSP);
  return response;
}

// Everything but the build's static files and the JSON API (CSP does not apply to JSON).
export const config = { matcher: ["/((?!_next/static|_next/image|api/).*)"] };
