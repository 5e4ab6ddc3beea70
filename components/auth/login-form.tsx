"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { describeSignInError } from "@/lib/client/auth/describe-sign-in-error";

/** E-mail + password through next-auth's credentials provider; the server's refusal is shown verbatim. */
export function LoginForm({ initialError, oidc }: { initialError: string | null; oidc: { name: string } | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setIsPending(true);
    setError(null);
    try {
      // Note: an explicit callbackUrl matters. Without it next-auth uses the current address, and an
      // `?error=` already in it would be read back as the error of this (successful) attempt.
      const result = await signIn("credentials", {
        redirect: false,
        callbackUrl: "/",
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
      });
      if (!result || result.error) {
        setError(describeSignInError(result?.error ?? "Default"));
        setIsPending(false);
        return;
      }
      router.replace("/");
      router.refresh();
    } catch {
      setError("Lotse could not be reached. Check your connection and try again.");
      setIsPending(false);
    }
  }

  return (
    <div className="stack-sm" style={{ gap: 16 }}>
      {error ? (
        <Alert tone="danger" isLive id="login-error">
          {error}
        </Alert>
      ) : null}
      <form className="stack-sm" style={{ gap: 14 }} onSubmit={(event) => void submit(event)} noValidate={false}>
        <div className="field">
          <label className="field-label" htmlFor="login-email">
            E-mail
          </label>
          <input
            id="login-email"
            name="email"
            type="email"
            className="input"
            autoComplete="username"
            required
            maxLength={320}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="login-password">
            Password
          </label>
          <input
            id="login-password"
            name="password"
            type="password"
            className="input"
            autoComplete="current-password"
            required
            maxLength={1024}
            aria-describedby={error ? "login-error" : undefined}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={isPending} style={{ marginTop: 4 }}>
          {isPending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {oidc ? (
        <>
          <div className="divider-text" aria-hidden="true">
            or
          </div>
          <button type="button" className="btn" onClick={() => void signIn("oidc", { callbackUrl: "/" })}>
            Sign in with {oidc.name}
          </button>
        </>
      ) : null}
    </div>
  );
}
