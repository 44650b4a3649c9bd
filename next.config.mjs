import { contentSecurityPolicy, securityHeaders } from "./lib/security-headers.mjs";

// Built for a PostgreSQL server (e.g. on Vercel, where DATABASE_URL is set at build time): the
// embedded database is never opened (lib/db/open.ts imports it lazily), so leave its
// WebAssembly out of the traced serverless bundle.
const postgresBuild = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? "");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // bundling breaks those paths, so these stay ordinary node_modules requires.
  // The same holds for the code sandboxes' runtimes (Pyodide's WebAssembly and standard library,
  // QuickJS's WebAssembly), loaded by the sandbox worker thread (lib/code/worker/).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@electric-sql/pglite-socket", "pyodide", "quickjs-emscripten", "nodemailer"],
  // The embedded database applies prisma/migrations at run time (lib/db/migrate.ts).
  // The Pyodide route (app/pyodide/) reads the runtime's files from node_modules for the browser.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*"], "/pyodide/[version]/[file]": ["./node_modules/pyodide/*"] },
  outputFileTracingExcludes: postgresBuild ? { "/**": ["node_modules/@electric-sql/**", "node_modules/pglite-prisma-adapter/**"] } : {},
  // Next ships the same polyfills (Array.prototype.at, Object.hasOwn, URL.canParse, …) to every
  // browser, whatever "browserslist" says. All browsers listed there (package.json) have them
  // natively, so app-globals' import of that module resolves to an empty one. Its request is
  // relative inside next/dist/client, which is why the alias key is the relative specifier.
  turbopack: { resolveAlias: { "../build/polyfills/polyfill-module": "./build-support/no-polyfills.js" } },
  // `npm run dev` prints both addresses; Next 16 blocks its dev scripts on the one not named here,
  // which leaves pages without JavaScript (a submitted answer would reload the page).
  allowedDevOrigins: ["127.0.0.1"],
  poweredByHeader: false,
  reactStrictMode: true,
  // CSV uploads go through a server action: room for a 2 MB file plus the form around it, so
  // the app's own "limit is 2 MB" message answers, not Next's generic 413.
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  async headers() {
    const production = process.env.NODE_ENV === "production";
    return [
      { source: "/:path*", headers: securityHeaders(production) },
      // Pages get their CSP, with a per-request nonce, from proxy.ts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(production) }] },
    ];
  },
};

export default nextConfig;
