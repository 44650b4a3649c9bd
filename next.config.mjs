import { securityHeaders } from "./lib/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // bundling breaks those paths, so these stay ordinary node_modules requires.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@electric-sql/pglite-socket"],
  // The embedded database applies prisma/migrations at run time (lib/db/migrate.ts).
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*"] },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
};

export default nextConfig;
