import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { installThreadParts } from "../threads/thread-parts";
import { getAuthOptions } from "./options";
import { readAuthSecret } from "./secret";

/** The Set-Cookie next-auth itself answers a first visit with: its CSRF cookie. */
async function csrfCookie(publicUrl?: string): Promise<string> {
  const config = parseConfig({ AUTH_SECRET: "a-test-secret-of-at-least-32-characters", PUBLIC_URL: publicUrl });
  installThreadParts({ config, authSecret: () => readAuthSecret(config) });
  // As under `next dev`, where NEXTAUTH_URL is unset: the cookie rule must not depend on it.
  const nextAuthUrl = process.env.NEXTAUTH_URL;
  delete process.env.NEXTAUTH_URL;
  const headers = new Map<string, unknown>();
  const res = {
    getHeader: (name: string) => headers.get(name),
    setHeader: (name: string, value: unknown) => headers.set(name, value),
    status: () => res,
    send: () => undefined,
    json: () => undefined,
  };
  const req = { method: "GET", query: { nextauth: ["csrf"] }, headers: {}, cookies: {} };
  try {
    await NextAuth(req as unknown as NextApiRequest, res as unknown as NextApiResponse, getAuthOptions());
  } finally {
    if (nextAuthUrl !== undefined) process.env.NEXTAUTH_URL = nextAuthUrl;
  }
  return (headers.get("Set-Cookie") as string[]).find((c) => c.includes("next-auth.csrf-token="))!;
}

describe("session cookies", () => {
  it("are Secure, with the __Host- name, when PUBLIC_URL is https", async () => {
    const cookie = await csrfCookie("https://links.example.com");
    expect(cookie).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(cookie).toMatch(/; Secure(;|$)/);
    expect(cookie).toMatch(/; HttpOnly(;|$)/);
  });

  it("are plain over http, where a browser would refuse Secure cookies", async () => {
    for (const publicUrl of ["http://localhost:3000", undefined]) {
      const cookie = await csrfCookie(publicUrl);
      expect(cookie).toMatch(/^next-auth\.csrf-token=/);
      expect(cookie).not.toMatch(/Secure/);
    }
  });
});
