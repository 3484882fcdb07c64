import { CopyButton } from "@/components/ui/copy-button";

/** The public link of an active redirect, to open or send for a first click, with its copy button. */
export function SampleLink({ link }: { link: string }) {
  return (
    <div className="mt-4 flex items-center gap-2 rounded-control border border-border bg-surface-muted py-1 pr-1 pl-3 text-left">
      {/* w-0 + flex-1: the link takes the room there is instead of widening the card on a phone. */}
      <code className="w-0 min-w-0 flex-1 truncate font-mono text-[13px] text-foreground" title={link}>
        {link}
      </code>
      <CopyButton value={link} label="Copy" />
    </div>
  );
}
