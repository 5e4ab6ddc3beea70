import path from "node:path";
import type { DemoSignIn } from "./demo-sign-in";
import type { RegisteredCluster } from "./demo-register-fleet";
import type { ConnectionCheck } from "./demo-test-connections";

/** Relative to the working directory when inside it, absolute otherwise. */
function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

function describePassword(signIn: DemoSignIn): string {
  switch (signIn.passwordSource) {
    case "environment":
      return "the value of LOTSE_ADMIN_PASSWORD";
    case "file":
      return `${signIn.password}   (kept in ${display(signIn.file)})`;
    case "unknown":
      return "the one set when this data directory was first started";
  }
}

/** The block a newcomer reads: where Lotse is, how to sign in, what was registered. */
export function printDemoSummary({
  publicUrl,
  signIn,
  signInWarning,
  registered,
  checks,
  manifestPath,
  history,
}: {
  publicUrl: string;
  signIn: DemoSignIn;
  signInWarning: string | null;
  registered: RegisteredCluster[];
  checks: ConnectionCheck[];
  manifestPath: string;
  /** What history seeding did (describeSeededHistory). */
  history: string;
}): void {
  const created = registered.filter((cluster) => cluster.outcome === "created").length;
  const unreachable = checks.filter((check) => !check.isReachable);
  const password = describePassword(signIn);
  const lines = [
    "",
    "  ────────────────────────────────────────────────────────────────",
    `  Lotse demo: ${publicUrl}`,
    `    e-mail:    ${signIn.email}`,
    `    password:  ${password}`,
    ...(signInWarning ? [`    note:      ${signInWarning}`] : []),
    `  Clusters:    ${registered.length} registered (${created} new, ${registered.length - created} updated with this run's credentials)`,
    `  Reachable:   ${checks.length - unreachable.length} of ${checks.length} ("Test connection": Kubernetes and Talos APIs)`,
    ...unreachable.map((check) => `    ${check.name}: ${check.problems.join("; ")}`),
    `  Fleet:       ${display(manifestPath)} (kubeconfig and talosconfig of each cluster beside it)`,
    `  History:     ${history}`,
    "  Ctrl-C stops Lotse and the fleet; the next `npm run demo` reuses the data.",
    "  ────────────────────────────────────────────────────────────────",
    "",
  ];
  console.log(lines.join("\n"));
}
