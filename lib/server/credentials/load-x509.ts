// Single place in this module that loads @peculiar/x509 (used only to read certificate names and
// extensions, which node:crypto does not expose as structured data). Its dependency injection
// (tsyringe) needs the Reflect metadata polyfill loaded first.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
