// Which paths are private, written once: the proxy (sign-in redirect and CSP nonce), the CSP
// headers and the no-store cache headers in next.config all read this list. Kept free of Node
// APIs: next.config and the proxy both import it.

/** Areas behind sign-in; every page and action there also checks the session and role itself. */
export const SIGNED_IN_AREAS = ["/student", "/teacher", "/admin", "/change-password"] as const;

/** Pages rendered per request, which get a fresh CSP nonce: the signed-in areas and the login page. */
export const PER_REQUEST_PATHS = [...SIGNED_IN_AREAS, "/login"] as const;

/** `pathname` is `base` or below it (so "/teacher/x" is under "/teacher", "/teachers" is not). */
export function isUnder(pathname: string, base: string): boolean {
  return pathname === base || pathname.startsWith(`${base}/`);
}

export function isSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((base) => isUnder(pathname, base));
}

export function isPerRequest(pathname: string): boolean {
  return PER_REQUEST_PATHS.some((base) => isUnder(pathname, base));
}
