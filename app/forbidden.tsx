import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { FullPageMessage } from "@/components/layout/full-page-message";

export const metadata: Metadata = { title: "Access denied" };

export default function Forbidden() {
  return (
    <FullPageMessage icon={ShieldAlert} title="You don’t have access to this page">
      Your role does not allow this. Ask an admin if you need it.
    </FullPageMessage>
  );
}
