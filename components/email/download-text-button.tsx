"use client";

import { Download } from "lucide-react";
import { Button } from "@/components/ui/button";

interface DownloadTextButtonProps {
  value: string;
  fileName: string;
  type: "text/html" | "text/plain";
  label: string;
}

/** Saves a result the browser already holds, so nothing is sent back to the server. */
export function DownloadTextButton({ value, fileName, type, label }: DownloadTextButtonProps) {
  function download() {
    const url = URL.createObjectURL(new Blob([value], { type: `${type};charset=utf-8` }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    // Revoking at once can cancel a download that has not started reading the blob yet.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  return (
    <Button size="sm" onClick={download}>
      <Download aria-hidden />
      {label}
    </Button>
  );
}
