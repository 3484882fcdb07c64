import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button-classes";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

/** The redirect's public link as a QR code, with downloads for print (PNG) and design tools (SVG). */
export function RedirectQrCode({ id, link }: { id: string; link: string }) {
  const base = `/redirects/${encodeURIComponent(id)}/qr`;
  return (
    <Card className="h-full">
      <CardHeader title="QR code" description="Scans open the link above; each scan is a click." />
      <CardBody className="flex flex-col items-center gap-4">
        {/* Always dark on white, also in dark mode: scanners need the contrast. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG behind the session: Next's image optimizer fetches without it and refuses SVG */}
        <img
          src={`${base}?format=svg&size=240`}
          alt={`QR code for ${link}`}
          width={192}
          height={192}
          className="size-48 rounded-control border border-border bg-white"
        />
        <div className="flex flex-wrap justify-center gap-2">
          <a href={`${base}?format=png&size=1024&download=1`} download className={buttonClasses("secondary", "sm")}>
            <Download aria-hidden />
            PNG
            <span className="sr-only"> QR code, 1024 pixels</span>
          </a>
          <a href={`${base}?format=svg&size=1024&download=1`} download className={buttonClasses("secondary", "sm")}>
            <Download aria-hidden />
            SVG
            <span className="sr-only"> QR code</span>
          </a>
        </div>
      </CardBody>
    </Card>
  );
}
