// A stand-in for the marketer's landing page, so redirects in the browser land somewhere real,
// and a webhook receiver that keeps what it was sent for the specs to check.
import http from "node:http";

const port = Number(process.env.TARGET_PORT ?? 3201);

/** Every request to POST /webhook, in arrival order: headers (lower-case names) and raw body. */
const received = [];
/** Paths asked for under /csp-probe/ (what a previewed email loads), in arrival order. */
const probed = [];

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://localhost:${port}`);
    if (req.method === "POST" && url.pathname === "/webhook") {
      received.push({ headers: req.headers, body: await readBody(req) });
      res.writeHead(204);
      res.end();
      return;
    }
    if (req.method === "POST" && url.pathname === "/webhook-fail") {
      await readBody(req);
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("receiver says no");
      return;
    }
    if (req.method === "GET" && url.pathname === "/csp-probe-log") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(probed));
      return;
    }
    if (url.pathname.startsWith("/csp-probe/")) probed.push(url.pathname);
    if (req.method === "GET" && url.pathname === "/webhook/received") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(received));
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>Landing page</title><h1>Welcome to the landing page</h1><p id="path">${url.pathname.replace(/[^\w/.-]/g, "")}</p>`,
    );
  })
  .listen(port, "127.0.0.1");
