/**
 * A credential upload that Lotse refuses. `message` is a sentence the uploader can act on and
 * never contains key material; `field` names the offending part (e.g.
 * `kubeconfig.users[0].user.exec`); `status` is the HTTP status the route answers with.
 */
export class CredentialError extends Error {
  readonly field: string;
  readonly status: 400 | 413;

  constructor({ message, field, status = 400 }: { message: string; field: string; status?: 400 | 413 }) {
    super(message);
    this.name = "CredentialError";
    this.field = field;
    this.status = status;
  }
}
