import type { NextConfig } from "next";
import { STATIC_CSP } from "./lib/security/csp";
import { PER_REQUEST_PATHS, SIGNED_IN_AREAS } from "./lib/security/private-paths";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const privateHeaders = [{ key: "Cache-Control", value: "private, no-store, max-age=0" }];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Pages rendered per request get a nonce policy from proxy.ts instead.
      // (The proxy sets the same static policy on odd spellings such as /TEACHER, which this excludes.)
      {
        source: `/((?!${PER_REQUEST_PATHS.map((p) => p.slice(1)).join("|")}).*)`,
        headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }],
      },
      ...[...SIGNED_IN_AREAS.flatMap((p) => [p, `${p}/:path*`]), "/api/auth/:path*"].map((source) => ({
        source,
        headers: privateHeaders,
      })),
    ];
  },
};

export default nextConfig;
