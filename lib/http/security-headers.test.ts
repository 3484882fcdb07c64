import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "../../proxy";
import { parseConfig } from "../config";
import { installThreadParts } from "../threads/thread-parts";
import { contentSecurityPolicy, strictTransportSecurity } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("contentSecurityPolicy", () => {
  const admin = directives(contentSecurityPolicy({ nonce: "abc123==", pathname: "/redirects/x", dev: false }));
  const email = directives(contentSecurityPolicy({ nonce: "abc123==", pathname: "/email", dev: false }));

  it("runs only scripts the page's nonce vouches for, on every page", () => {
    for (const policy of [admin, email]) {
      expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'self'"]);
      expect(policy.get("form-action")).toEqual(["'self'"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
    }
  });

  it("loads nothing remote on admin pages, and inline <style> only with the nonce", () => {
    expect(admin.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(admin.get("style-src")).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(admin.get("style-src-attr")).toEqual(["'unsafe-inline'"]);
    expect(admin.get("font-src")).toEqual(["'self'", "data:"]);
  });

  it("lets the email page's preview frame style itself and, when asked, load remote images, styles and fonts", () => {
    for (const pathname of ["/email", "/email/anything"]) {
      const policy = directives(contentSecurityPolicy({ nonce: "n", pathname, dev: false }));
      expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'", "https:", "http:"]);
      expect(policy.get("img-src")).toEqual(["'self'", "data:", "blob:", "https:", "http:"]);
      expect(policy.get("font-src")).toEqual(["'self'", "data:", "https:", "http:"]);
    }
    expect(directives(contentSecurityPolicy({ nonce: "n", pathname: "/emails", dev: false })).get("img-src")).not.toContain(
      "https:",
    );
  });

  it("allows what React's development build needs only in development", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", pathname: "/", dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(admin.get("script-src")).not.toContain("'unsafe-eval'");
  });
});

describe("strictTransportSecurity", () => {
  it("is a year when PUBLIC_URL is https, absent otherwise", () => {
    expect(strictTransportSecurity("https://links.example.com")).toBe("max-age=31536000");
    expect(strictTransportSecurity("http://links.example.com")).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });
});

describe("proxy.ts", () => {
  const answer = (publicUrl?: string) => {
    installThreadParts({ config: parseConfig({ PUBLIC_URL: publicUrl }) });
    return proxy(new NextRequest("http://localhost:3000/clicks?range=7d"));
  };

  it("sends a policy with a fresh nonce, and gives Next the same policy to find it in", () => {
    const first = answer();
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([A-Za-z0-9+/]{22}==)'/.exec(policy)?.[1];
    expect(nonce).toBeDefined();
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(answer().headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("adds HSTS only when PUBLIC_URL is https", () => {
    expect(answer("https://links.example.com").headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(answer("http://links.example.com").headers.get("strict-transport-security")).toBeNull();
    expect(answer().headers.get("strict-transport-security")).toBeNull();
  });
});
