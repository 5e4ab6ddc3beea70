// Single place that loads @peculiar/x509: its dependency injection (tsyringe) needs the Reflect
// metadata polyfill loaded first, and it must use Node's WebCrypto rather than whatever global it
// finds.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";

// Node's global WebCrypto (the same object as node:crypto's webcrypto), set explicitly rather
// than left to the library's environment sniffing.
x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
