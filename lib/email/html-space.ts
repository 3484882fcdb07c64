/** ASCII whitespace as HTML defines it: space, tab, LF, FF, CR. */
export function isHtmlSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}
