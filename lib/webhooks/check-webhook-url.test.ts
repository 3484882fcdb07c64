import { describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { AppError } from "../errors";
import { installThreadParts } from "../threads/thread-parts";
import { checkWebhookUrl, isPrivateAddress } from "./check-webhook-url";
import { sendWebhook } from "./delivery/send-webhook";

// The default installation: private addresses refused.
installThreadParts({ config: parseConfig({}) });

// Every entry of the IANA IPv4 and IPv6 special-purpose registries (and multicast, reserved
// space): the range, then addresses inside it, the first and last where they are interesting.
const REFUSED: [string, string[]][] = [
  ["0.0.0.0/8", ["0.0.0.0", "0.255.255.255"]],
  ["10.0.0.0/8", ["10.0.0.1", "10.255.255.255"]],
  ["100.64.0.0/10", ["100.64.0.0", "100.127.255.255"]],
  ["127.0.0.0/8", ["127.0.0.1", "127.255.255.254"]],
  ["169.254.0.0/16", ["169.254.169.254"]],
  ["172.16.0.0/12", ["172.16.0.1", "172.31.255.255"]],
  ["192.0.0.0/24", ["192.0.0.0", "192.0.0.8", "192.0.0.9", "192.0.0.10", "192.0.0.170", "192.0.0.255"]],
  ["192.0.2.0/24", ["192.0.2.1"]],
  ["192.31.196.0/24", ["192.31.196.1"]],
  ["192.52.193.0/24", ["192.52.193.1"]],
  ["192.88.99.0/24", ["192.88.99.1", "192.88.99.2"]],
  ["192.168.0.0/16", ["192.168.1.1"]],
  ["192.175.48.0/24", ["192.175.48.1"]],
  ["198.18.0.0/15", ["198.18.0.0", "198.19.255.255"]],
  ["198.51.100.0/24", ["198.51.100.7"]],
  ["203.0.113.0/24", ["203.0.113.9"]],
  ["224.0.0.0/4", ["224.0.0.1", "239.255.255.250"]],
  ["240.0.0.0/4", ["240.0.0.1", "255.255.255.255"]],
  ["::/128", ["::"]],
  ["::1/128", ["::1"]],
  ["::ffff:0:0/96", ["::ffff:127.0.0.1", "::ffff:8.8.8.8"]],
  ["::/96 (IPv4-compatible)", ["::8.8.8.8", "::a00:1"]],
  ["64:ff9b::/96", ["64:ff9b::8.8.8.8", "64:ff9b::a00:1"]],
  ["64:ff9b:1::/48", ["64:ff9b:1::1", "64:ff9b:1:ffff::1"]],
  ["100::/64", ["100::1"]],
  ["100:0:0:1::/64", ["100:0:0:1::1"]],
  ["2001::/23", ["2001:100::1", "2001:1ff:ffff::1"]],
  ["2001::/32 Teredo", ["2001::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2"]],
  ["2001:1::1/128", ["2001:1::1"]],
  ["2001:1::2/128", ["2001:1::2"]],
  ["2001:1::3/128", ["2001:1::3"]],
  ["2001:2::/48", ["2001:2::1"]],
  ["2001:3::/32", ["2001:3::1"]],
  ["2001:4:112::/48", ["2001:4:112::1"]],
  ["2001:10::/28", ["2001:10::1"]],
  ["2001:20::/28 ORCHIDv2", ["2001:20::1", "2001:2f:ffff::1"]],
  ["2001:30::/28", ["2001:30::1"]],
  ["2001:db8::/32", ["2001:db8::1", "2001:db8:ffff::1"]],
  ["2002::/16 6to4", ["2002::1", "2002:c000:0204::1", "2002:ffff::1"]],
  ["2620:4f:8000::/48", ["2620:4f:8000::1"]],
  ["3fff::/20", ["3fff::1", "3fff:fff::1"]],
  ["5f00::/16", ["5f00::1"]],
  ["fc00::/7", ["fc00::1", "fd12:3456::1"]],
  ["fe80::/10", ["fe80::1", "febf::1", "fe80::1%eth0"]],
  ["ff00::/8", ["ff02::1"]],
  ["outside 2000::/3 (reserved)", ["400::1", "8000::1", "fec0::1", "1fff:ffff::1", "4000::1"]],
  ["not an address", ["", "localhost", "8.8.8", "[::1]"]],
];

// Ordinary global unicast, including the neighbours of the refused ranges.
const ALLOWED = [
  "8.8.8.8",
  "1.1.1.1",
  "81.2.69.142",
  "100.63.255.255",
  "100.128.0.0",
  "192.0.1.255",
  "192.0.3.0",
  "192.88.98.255",
  "198.17.255.255",
  "198.20.0.0",
  "223.255.255.254",
  "2606:4700:4700::1111",
  "2001:4860:4860::8888",
  "2001:200::1",
  "2003::1",
  "2a00:1450:4001:80b::200e",
  "2620:4f:8001::1",
];

describe("isPrivateAddress", () => {
  it.each(REFUSED)("refuses %s", (_, addresses) => {
    for (const address of addresses) expect([address, isPrivateAddress(address)]).toEqual([address, true]);
  });

  it.each(ALLOWED)("allows the global address %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("checkWebhookUrl", () => {
  const refusal = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (err: unknown) => err as AppError,
    );

  it("refuses NAT64, 6to4 and benchmarking addresses, literal or resolved", async () => {
    for (const url of ["http://[64:ff9b::7f00:1]/", "https://[2002:7f00:1::1]/hook", "http://198.18.0.1/"]) {
      const err = await refusal(checkWebhookUrl(url));
      expect(err?.details?.url?.[0]).toMatch(/private or local address/);
    }
    const resolve = async () => [
      { address: "2606:4700::1", family: 6 },
      { address: "64:ff9b::a00:1", family: 6 },
    ];
    const err = await refusal(checkWebhookUrl("https://hooks.example.com/", { resolve }));
    expect(err?.details?.url?.[0]).toBe('the host "hooks.example.com" resolves to a private or local address (64:ff9b::a00:1)');
  });

  it("accepts a host that resolves to global addresses only", async () => {
    const resolve = async () => [
      { address: "2606:4700::1", family: 6 },
      { address: "8.8.8.8", family: 4 },
    ];
    await expect(checkWebhookUrl("https://hooks.example.com/", { resolve })).resolves.toBeUndefined();
  });
});

describe("sendWebhook's connect-time guard", () => {
  it("refuses a special-purpose literal address before connecting", async () => {
    const result = await sendWebhook("http://[64:ff9b::7f00:1]:9/", "{}", {}, { timeoutMs: 1000, allowPrivate: false });
    expect(result.error).toBe("refused: 64:ff9b::7f00:1 is a private or local address");
  });
});
