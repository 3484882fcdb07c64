/** The userland punycode.js package, imported as "punycode/" so bundlers skip Node's deprecated built-in. */
declare module "punycode/" {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
}
