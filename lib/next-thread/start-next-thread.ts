import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../threads/start-ts-worker";
import type { NextThreadData, NextThreadMessage, NextThreadReply } from "./next-thread";

export interface NextThread {
  /** The Unix socket Next listens on. */
  socketPath: string;
  /** Lets requests in flight finish, then ends the thread. */
  stop(graceMs: number): Promise<void>;
}

/**
 * Starts Next.js in its own thread and resolves once it serves; rejects if it cannot start.
 * If the thread ends later without being stopped, `onCrash` is called (server.ts shuts down
 * gracefully so the supervisor restarts the whole server). The environment is copied when the
 * thread starts: set what Next needs before calling.
 */
export function startNextThread(opts: { hostname: string; port: number; onCrash: (code: number) => void }): Promise<NextThread> {
  // In a folder only this user can enter: whoever reaches the socket could set the peer header.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "clicktrail-next-"));
  const socketPath = path.join(socketDir, "next.sock");
  const data: NextThreadData = { socketPath, hostname: opts.hostname, port: opts.port };
  const worker: Worker = startTsWorker("lib/next-thread/next-thread.ts", data);
  let stopping = false;
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`Next.js thread exited with code ${code} before it served`));
    worker.once("exit", onExit);
    worker.once("error", reject);
    worker.once("message", (reply: NextThreadReply) => {
      worker.off("exit", onExit);
      if (reply.type !== "ready") {
        reject(new Error(reply.type === "failed" ? reply.message : "Next.js thread did not start"));
        return;
      }
      worker.once("exit", (code) => {
        if (!stopping) opts.onCrash(code);
      });
      resolve({
        socketPath,
        async stop(graceMs) {
          stopping = true;
          await new Promise<void>((done) => {
            worker.once("exit", () => done());
            worker.on("message", (m: NextThreadReply) => m.type === "stopped" && done());
            setTimeout(done, graceMs).unref();
            worker.postMessage({ type: "stop" } satisfies NextThreadMessage);
          });
          await worker.terminate();
          fs.rmSync(socketDir, { recursive: true, force: true });
        },
      });
    });
  });
}
