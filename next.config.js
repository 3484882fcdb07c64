// Fixed at build time. The Content-Security-Policy (a nonce per request) and HSTS (which
// depends on PUBLIC_URL, read at run time) are set by proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  // Lets two dev servers (or a dev server beside a build) work in one checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // The tracked-email page posts up to 10 MB of HTML plus a text part (lib/email/body-limit.ts).
    serverActions: { bodySizeLimit: "25mb" },
  },
  // Native addon and driver code stay outside the bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg", "pino"],
  async headers() {
    // Every page except the public endpoints, which set their own minimal headers.
    return [{ source: "/((?!redirect/|l/|o/).*)", headers: securityHeaders }];
  },
};
