// Next.js calls register() once per server process before it serves requests.
export async function register() {
  // A literal process.env.NEXT_RUNTIME (not lib/env.ts) on purpose: the bundler replaces it at
  // build time, which keeps node:http out of the edge build of this file.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ installSocketStamp }, { baselineHeaders }, { env }, { provideGraphBuilder }, { interviewGraphBuilder }] = await Promise.all([
    import("@/lib/net/socket-stamp"),
    import("@/lib/security-headers.mjs"),
    import("@/lib/env"),
    import("@/lib/interview/engine"),
    import("@/graph"),
  ]);
  installSocketStamp(baselineHeaders(env().NODE_ENV === "production"));
  // The composition root: lib/ runs the interviewer graph without importing graph/.
  provideGraphBuilder(interviewGraphBuilder);
  // The weekly digest's in-process check (off unless e-mail is set up; cron may run it too).
  const { startDigestScheduler } = await import("@/lib/email/digest");
  startDigestScheduler();
}
