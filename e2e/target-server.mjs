// A stand-in for the marketer's landing page, so redirects in the browser land somewhere real.
import http from "node:http";

const port = Number(process.env.TARGET_PORT ?? 3201);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://localhost:${port}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><title>Landing page</title><h1>Welcome to the landing page</h1><p id="path">${url.pathname.replace(/[^\w/.-]/g, "")}</p>`,
    );
  })
  .listen(port, "127.0.0.1");
