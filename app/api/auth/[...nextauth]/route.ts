// GET/POST /api/auth/* – next-auth sign-in, callback, session and sign-out endpoints
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/server/auth/auth-options";

type Handler = (request: Request, context: unknown) => Promise<Response>;

// Built per request so configuration errors surface as a clear 500 instead of at build time.
const handle: Handler = (request, context) => (NextAuth(buildAuthOptions()) as Handler)(request, context);

export { handle as GET, handle as POST };
