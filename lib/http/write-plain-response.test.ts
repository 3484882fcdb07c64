import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlainResponse } from "./plain-http";
import { writePlainResponse } from "./write-plain-response";

let answer: PlainResponse;
const server = http.createServer((req, res) => {
  if (req.url === "/closing") res.setHeader("connection", "close");
  writePlainResponse(req, res, answer);
});
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const redirectTo = (location: string): PlainResponse => ({ status: 302, headers: { location }, body: "" });

describe("writePlainResponse", () => {
  it("writes the status, headers and body", async () => {
    answer = { status: 200, headers: { "content-type": "text/plain" }, body: "hello" };
    const res = await fetch(base);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("hello");
  });

  it.each(["https://example.com/ж", "https://example.com/\r\nset-cookie: x=1", "https://example.com/\u0000"])(
    "answers a header Node refuses (%j) with a 500 for that request only",
    async (location) => {
      answer = redirectTo(location);
      for (const path of ["/", "/closing"]) {
        const res = await fetch(base + path, { redirect: "manual" });
        expect(res.status).toBe(500);
        expect(res.headers.get("location")).toBeNull();
        expect(res.headers.get("set-cookie")).toBeNull();
      }
      answer = redirectTo("https://example.com/ok");
      const next = await fetch(base, { redirect: "manual" });
      expect(next.status).toBe(302);
      expect(next.headers.get("location")).toBe("https://example.com/ok");
    },
  );
});
