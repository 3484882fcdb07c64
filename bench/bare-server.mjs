// Baseline for the redirect benchmark: the least a Node server can do to answer a redirect.
import http from "node:http";

const targets = new Map([["bench", "https://example.com/landing"]]);
const port = Number(process.env.PORT ?? 4100);

http
  .createServer((req, res) => {
    const id = req.url?.split("/")[2];
    const target = id && targets.get(id);
    if (!target) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(302, { location: target, "cache-control": "private, no-store" }).end();
  })
  .listen(port, "127.0.0.1");
