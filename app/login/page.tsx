import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { BrandLogo } from "@/components/layout/brand-logo";
import { Card } from "@/components/ui/card";
import { getSessionActor } from "@/lib/auth/session-actor";
import { LoginForm } from "./login-form";
import { safeCallbackUrl } from "./safe-callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getSessionActor()) redirect(callbackUrl);
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <BrandLogo />
        </div>
        <Card className="p-6 sm:p-7">
          <h1 className="text-lg font-semibold tracking-tight">Sign in</h1>
          <p className="mt-1 mb-6 text-sm text-muted">Use the account your Clicktrail admin gave you.</p>
          <LoginForm callbackUrl={callbackUrl} />
        </Card>
      </div>
    </main>
  );
}
