import type { DemoBot } from "./demo-user-agents";

/**
 * Where demo visitors come from: countries weighted like the audience of an English and
 * European marketing team, each with its Accept-Language and address blocks of real ISPs in
 * that country. Blocks are /24 (IPv4) and /48 (IPv6) networks: the geolocation database is no
 * finer than that, so one lookup per block vouches for every host in it (demo-audience.ts
 * checks each at startup and drops any that no longer resolve to its country).
 */
export interface DemoCountry {
  /** ISO 3166-1 alpha-2, as lookupCountry answers; null: addresses that resolve to no country. */
  code: string | null;
  weight: number;
  acceptLanguage: string;
  /** First three octets of IPv4 /24 networks. */
  v4: readonly string[];
  /** First three groups of IPv6 /48 networks. */
  v6?: readonly string[];
}

export const DEMO_COUNTRIES: readonly DemoCountry[] = [
  {
    code: "US",
    weight: 30,
    acceptLanguage: "en-US,en;q=0.9",
    v4: ["24.0.0", "73.0.0", "71.174.0", "98.210.0", "137.118.0"],
    v6: ["2601:1c0:4a2", "2600:1700:3b10"],
  },
  {
    code: "DE",
    weight: 11,
    acceptLanguage: "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["91.0.0", "217.0.0", "80.187.0", "84.60.0", "37.24.0"],
    v6: ["2003:e0:5f11", "2a02:8108:1c40"],
  },
  {
    code: "GB",
    weight: 9,
    acceptLanguage: "en-GB,en;q=0.9",
    v4: ["86.0.0", "2.96.0", "81.2.69", "92.0.0", "62.30.0"],
    v6: ["2a00:23c5:9e01", "2a02:c7f:7c52"],
  },
  {
    code: "FR",
    weight: 6,
    acceptLanguage: "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["90.0.0", "80.12.0", "93.0.0", "109.0.0"],
    v6: ["2a01:cb00:84e", "2a01:e0a:2b3"],
  },
  {
    code: "CA",
    weight: 5,
    acceptLanguage: "en-CA,en;q=0.9,fr-CA;q=0.8",
    v4: ["24.114.0", "142.112.0", "174.88.0"],
    v6: ["2607:fea8:1d20"],
  },
  {
    code: "NL",
    weight: 4,
    acceptLanguage: "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["145.97.0", "77.160.0", "86.80.0", "84.104.0"],
    v6: ["2001:1c00:2a1", "2a02:a210:22c0"],
  },
  {
    code: "IN",
    weight: 4,
    acceptLanguage: "en-IN,en;q=0.9,hi;q=0.8",
    v4: ["49.36.0", "117.200.0", "61.0.0"],
    v6: ["2405:201:6011"],
  },
  {
    code: "BR",
    weight: 3,
    acceptLanguage: "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["177.0.0", "200.147.0", "189.0.0"],
    v6: ["2804:14c:5b80"],
  },
  { code: "ES", weight: 3, acceptLanguage: "es-ES,es;q=0.9,en;q=0.8", v4: ["80.58.0", "83.32.0", "88.0.0", "81.35.0"] },
  {
    code: "IT",
    weight: 3,
    acceptLanguage: "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["79.0.0", "87.0.0", "151.99.0", "82.48.0"],
  },
  { code: "AU", weight: 3, acceptLanguage: "en-AU,en;q=0.9", v4: ["203.2.218", "101.160.0", "210.0.0"], v6: ["2001:8003:e402"] },
  {
    code: "JP",
    weight: 2,
    acceptLanguage: "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["126.0.0", "133.0.0", "39.110.0", "58.0.0"],
    v6: ["240b:10:a2e0"],
  },
  {
    code: "PL",
    weight: 2,
    acceptLanguage: "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["83.0.0", "31.0.0", "83.5.0", "79.184.0"],
  },
  {
    code: "SE",
    weight: 2,
    acceptLanguage: "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7",
    v4: ["195.67.0", "90.224.0", "78.72.0", "81.224.0"],
  },
  { code: "CH", weight: 2, acceptLanguage: "de-CH,de;q=0.9,fr-CH;q=0.8,en;q=0.7", v4: ["85.0.0", "178.197.0", "83.76.0"] },
  { code: "AT", weight: 1.5, acceptLanguage: "de-AT,de;q=0.9,en;q=0.8", v4: ["80.110.0", "91.113.0", "84.112.0"] },
  { code: "BE", weight: 1.5, acceptLanguage: "nl-BE,nl;q=0.9,fr-BE;q=0.8,en;q=0.7", v4: ["81.82.0", "91.176.0", "84.194.0"] },
  { code: "MX", weight: 1.5, acceptLanguage: "es-MX,es;q=0.9,en;q=0.8", v4: ["201.141.0", "189.203.0", "187.190.0"] },
  { code: "IE", weight: 1, acceptLanguage: "en-IE,en;q=0.9", v4: ["86.40.0", "78.16.0", "89.100.0"] },
  { code: "DK", weight: 1, acceptLanguage: "da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", v4: ["87.49.0", "62.107.0", "2.104.0"] },
  { code: "NO", weight: 1, acceptLanguage: "nb-NO,nb;q=0.9,no;q=0.8,en;q=0.7", v4: ["80.212.0", "88.88.0", "85.164.0"] },
  { code: "PT", weight: 0.8, acceptLanguage: "pt-PT,pt;q=0.9,en;q=0.8", v4: ["2.80.0", "85.240.0", "81.193.0"] },
  { code: "FI", weight: 0.7, acceptLanguage: "fi-FI,fi;q=0.9,en;q=0.8", v4: ["89.27.0", "88.112.0"] },
  { code: "KR", weight: 0.7, acceptLanguage: "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", v4: ["121.166.0", "175.192.0"] },
  { code: "SG", weight: 0.6, acceptLanguage: "en-SG,en;q=0.9", v4: ["116.86.0"] },
  { code: "ZA", weight: 0.6, acceptLanguage: "en-ZA,en;q=0.9", v4: ["41.0.0", "105.0.0", "41.13.0"] },
  { code: "TR", weight: 0.5, acceptLanguage: "tr-TR,tr;q=0.9,en;q=0.8", v4: ["95.0.0", "88.228.0", "78.160.0"] },
  // Carrier-grade NAT space seen through a misconfigured proxy: stored, but no country.
  { code: null, weight: 0.3, acceptLanguage: "en-US,en;q=0.9", v4: ["100.64.0", "100.72.3"] },
];

/** Data-centre networks bots fetch from, with the country each resolves to. */
export const BOT_NETWORKS: Record<DemoBot["network"], readonly { code: string; v4: string }[]> = {
  google: [
    { code: "US", v4: "66.249.66" },
    { code: "US", v4: "66.102.0" },
  ],
  microsoft: [
    { code: "US", v4: "40.94.0" },
    { code: "US", v4: "157.55.39" },
    { code: "US", v4: "104.47.0" },
  ],
  "mail-security": [
    { code: "US", v4: "148.163.128" },
    { code: "US", v4: "205.139.110" },
    { code: "GB", v4: "195.130.217" },
    { code: "US", v4: "209.222.82" },
  ],
  social: [
    { code: "US", v4: "173.252.127" },
    { code: "US", v4: "108.174.0" },
    { code: "US", v4: "199.16.156" },
    { code: "GB", v4: "149.154.160" },
  ],
  cloud: [
    { code: "US", v4: "54.209.0" },
    { code: "US", v4: "3.80.0" },
    { code: "DE", v4: "5.9.0" },
    { code: "DE", v4: "159.89.0" },
    { code: "NL", v4: "51.15.0" },
  ],
};
