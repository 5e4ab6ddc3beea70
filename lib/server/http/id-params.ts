import { z } from "zod";

export const uuidParams = z.object({ id: z.uuid("not a valid id") });
export const cuidParams = z.object({ id: z.string().regex(/^[a-z0-9]{20,40}$/, "not a valid id") });
