import type { NextConfig } from "next";
import { NONCE_PATHS, STATIC_CSP } from "./lib/security/csp";

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
      { source: `/((?!${NONCE_PATHS.map((p) => p.slice(1)).join("|")}).*)`, headers: [{ key: "Content-Security-Policy", value: STATIC_CSP }] },
      ...["/student/:path*", "/teacher/:path*", "/admin/:path*", "/change-password", "/api/auth/:path*"].map(
        (source) => ({ source, headers: privateHeaders }),
      ),
    ];
  },
};

export default nextConfig;
