import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LotseMark } from "@/components/brand/lotse-mark";
import { LoginForm } from "@/components/auth/login-form";
import { getPageActor } from "@/lib/server/auth/get-page-actor";
import { isOidcEnabled, readEnv } from "@/lib/server/config/read-env";
import { describeSignInError } from "@/lib/client/auth/describe-sign-in-error";
import styles from "./login.module.css";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string | string[] }> }) {
  if (await getPageActor()) redirect("/");
  const { error } = await searchParams;
  const env = readEnv();
  const oidc = isOidcEnabled(env) ? { name: env.LOTSE_OIDC_NAME } : null;
  return (
    <main className={styles.page}>
      <div className={styles.panel}>
        <div className={styles.brand}>
          <LotseMark size={40} />
          <div>
            <p className={styles.product}>Lotse</p>
            <p className="muted">Compliance posture for your Kubernetes fleet</p>
          </div>
        </div>
        <div className={`card ${styles.card}`}>
          <h1 className={styles.title}>Sign in</h1>
          <LoginForm initialError={describeSignInError(Array.isArray(error) ? error[0] : error)} oidc={oidc} />
        </div>
        <p className={styles.footnote}>
          Access is granted by your Lotse admin. Every sign-in is recorded in the audit log.
        </p>
      </div>
    </main>
  );
}
