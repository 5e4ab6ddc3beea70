// next-auth's own error codes (in `?error=`) as sentences; anything else is a message Lotse wrote
// (e.g. an OIDC role-mapping refusal) and is shown as it is.
const MESSAGES: Record<string, string> = {
  CredentialsSignin: "E-mail or password is wrong.",
  OAuthSignin: "Single sign-on could not start. Try again, or sign in with e-mail and password.",
  OAuthCallback: "Single sign-on did not complete. Try again, or sign in with e-mail and password.",
  OAuthCreateAccount: "Single sign-on could not create your account. Ask an admin.",
  OAuthAccountNotLinked: "This e-mail is already used by another sign-in method.",
  Callback: "Sign-in did not complete. Try again.",
  AccessDenied: "Access denied. Ask an admin for an account or a role.",
  Configuration: "Sign-in is misconfigured on the server. Ask an admin to check the Lotse logs.",
  SessionRequired: "Please sign in to continue.",
  Verification: "The sign-in link is no longer valid.",
  Default: "Sign-in failed. Try again.",
};

const MAX_MESSAGE_CHARS = 300;

export function describeSignInError(code: string | null | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? code.slice(0, MAX_MESSAGE_CHARS);
}
