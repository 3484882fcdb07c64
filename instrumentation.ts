/**
 * Next.js calls register() once per server, before it answers requests. Under server.ts the
 * Next thread's entry has installed its parts already (lib/next-thread/next-thread.ts); with
 * `next dev` or `next start` this is where Next's thread gets them, built on first use so that
 * `next build`, which loads this file too, builds nothing.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installNextParts } = await import("./lib/next-thread/install-next-parts");
    installNextParts();
  }
}
