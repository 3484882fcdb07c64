import fs from "node:fs";

/** Every thread of this process with its nice value, read from /proc (Linux only). */
export function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const tid of fs.readdirSync("/proc/self/task")) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the parenthesised command name: state is field 3, nice is field 19.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      values.set(Number(tid), Number(fields[16]));
    } catch {
      // The thread ended while the list was read.
    }
  }
  return values;
}
