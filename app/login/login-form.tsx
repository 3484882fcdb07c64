"use client";

import { LoaderCircle } from "lucide-react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { signInErrorMessage } from "@/lib/auth/sign-in-error";
import { safeCallbackUrl } from "./safe-callback-url";

/**
 * One message for every wrong email or password, so the form never reveals which accounts
 * exist; a throttled attempt says how long to wait instead (the same for any email).
 */
const FAILED = "Email or password is incorrect";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (!result?.ok || result.error) throw new Error(result?.error ?? "sign-in failed");
      router.replace(safeCallbackUrl(callbackUrl));
      router.refresh();
    } catch (err) {
      setError(signInErrorMessage((err as Error).message) ?? FAILED);
      setPending(false);
      passwordRef.current?.select();
    }
  }

  return (
    // POST, so that a submit before hydration never puts the password in the URL and the history.
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && <Alert title={error} />}
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="email">Email</Label>
        <Input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          autoFocus
          aria-invalid={error ? true : undefined}
        />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="password">Password</Label>
        <Input
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
        />
      </div>
      <Button type="submit" variant="primary" size="lg" disabled={pending} className="mt-1 w-full">
        {pending && <LoaderCircle aria-hidden className="animate-spin" />}
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
