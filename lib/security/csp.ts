// The Content-Security-Policy. Everything comes from this server: no CDN, no web fonts, no analytics.
//
// Pages rendered per request (everything behind sign-in, and the login page: see
// lib/security/private-paths.ts) get a fresh nonce from proxy.ts: only scripts carrying it run, plus what they load ('strict-dynamic'). These are
// the pages that show what students and teachers type.
// Prerendered public pages (home, lessons, built-in plans) are the same bytes for everyone, so
// they cannot carry a per-request nonce; their policy allows inline scripts but, like every page,
// never eval, plugins, framing or foreign origins. Their HTML holds only our own course content.
// What students and teachers wrote reaches a lesson page only after it has loaded: the worksheet
// fetches the student's drafts, a groupmate's shared answer and the teacher's comments as JSON
// from /api/work and React renders every one of them as text (no dangerouslySetInnerHTML, no
// Markdown on those pages), so an inline script cannot be injected there; the stored-XSS suite
// (e2e/security/stored-xss.spec.ts) views each such field on the lesson pages to keep it so.
// Kept free of Node APIs: next.config.ts and the proxy both import it.

const isDev = process.env.NODE_ENV !== "production";

const common = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/** For prerendered public pages. */
export const STATIC_CSP = [`script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`, ...common].join("; ");

/** For a page rendered for one request, with that request's nonce. */
export function nonceCsp(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`, ...common].join("; ");
}
